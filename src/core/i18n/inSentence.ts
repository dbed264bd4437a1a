import { currentLanguage } from './translate';

/**
 * A registry label as it reads inside a sentence: English writes "Binary cross-entropy" as
 * "binary cross-entropy" there; Chinese has no case, and the Latin names it keeps keep theirs.
 */
export const inSentence = (label: string): string =>
  currentLanguage() === 'en' ? label.toLowerCase() : label;
