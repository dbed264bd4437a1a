/** English texts of the experiment area; keys start with "experiment.". */
export const experimentEn = {} as const;
