/** English texts of the charts area; keys start with "charts.". */
export const chartsEn = {} as const;
