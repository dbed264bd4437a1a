/** English texts of the compare area; keys start with "compare.". */
export const compareEn = {} as const;
