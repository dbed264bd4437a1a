/** English texts of the dataset area; keys start with "dataset.". */
export const datasetEn = {} as const;
