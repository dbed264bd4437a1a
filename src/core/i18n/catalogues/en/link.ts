/** English texts of the link area; keys start with "link.". */
export const linkEn = {} as const;
