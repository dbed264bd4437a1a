/** English texts of the model area; keys start with "model.". */
export const modelEn = {} as const;
