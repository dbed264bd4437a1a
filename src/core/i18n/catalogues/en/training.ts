/** English texts of the training area; keys start with "training.". */
export const trainingEn = {} as const;
