/** The link format: a whole workspace as the part of the address after '#', and back. The folder's only entry. */
export { type DecodedExperiment, decodeExperiment, encodeExperiment } from './codec';
export { type LinkProblem, type LinkProblemPart, linkProblemParts, linkProblemText } from './problems';
export { urlReferenceMarkdown } from './reference';
export { type DecodedWorkspace, decodeWorkspace, encodeWorkspace } from './workspace';
export { SMOOTHING_SPEC } from './workspaceSettings';
