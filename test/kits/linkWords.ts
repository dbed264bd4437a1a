/** A link's decoding with its notices put into words (English in tests), as the banner shows them. */
import { decodeExperiment, decodeWorkspace, type LinkProblem, linkProblemText } from '../../src/core/link';

/** `decoded` with each notice in words. */
export function inWords<T extends { readonly problems: readonly LinkProblem[] }>(
  decoded: T,
): Omit<T, 'problems'> & { problems: string[] } {
  return { ...decoded, problems: decoded.problems.map(linkProblemText) };
}

/** decodeExperiment, its notices in words. */
export const decodeExperimentInWords = (query: string) => inWords(decodeExperiment(query));

/** decodeWorkspace, its notices in words. */
export const decodeWorkspaceInWords = (query: string) => inWords(decodeWorkspace(query));
