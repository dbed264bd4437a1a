/** English texts of the loss area; keys start with "loss.". */
export const lossEn = {} as const;
