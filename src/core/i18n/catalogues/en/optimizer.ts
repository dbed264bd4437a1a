/** English texts of the optimizer area; keys start with "optimizer.". */
export const optimizerEn = {} as const;
