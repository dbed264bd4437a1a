/** English texts of the share area; keys start with "share.". */
export const shareEn = {} as const;
