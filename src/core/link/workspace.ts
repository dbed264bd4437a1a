/**
 * A whole workspace (comparison variants, seeds, chart, target, teaching options) as one link,
 * format version 2, and back. Decoding never throws: it keeps every valid part and says in plain
 * words what it did with the rest. The format is described in variants.ts and reference.ts.
 */
import { MAX_VARIANTS, type Workspace, workspaceOf } from '../compare/workspace';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { Experiment } from '../experiment/experiment';
import { experimentPairs, queryOfPairs, readExperiment, readVersion } from './codec';
import { URL_KEYS, URL_VERSION, VARIANT_LETTERS } from './keys';
import type { LinkProblem } from './problems';
import { readQueryPairs } from './query';
import { LinkReader } from './reader';
import {
  overlayVariantPairs,
  splitLinkPairs,
  variantDiffPairs,
  variantOwnPairs,
  type WrittenVariant,
} from './variants';
import { readSettings, settingsPairs } from './workspaceSettings';

/** What a link said: the workspace it describes and the notices of what could not be read as written. */
export interface DecodedWorkspace {
  readonly workspace: Workspace;
  readonly problems: LinkProblem[];
}

/**
 * The workspace as a query string without '?': variant A in full (as a version-1 experiment), the
 * later variants as their differences from A, then the settings that differ from their defaults.
 * Variants after the fourth cannot be written and are left out; every variant shares A's data set.
 * `namesLanguage`: write `lang` even for English (a language chosen for students, not the page's default).
 */
export function encodeWorkspace(workspace: Workspace, { namesLanguage = false } = {}): string {
  const [first = DEFAULT_EXPERIMENT, ...others] = workspace.variants;
  const aPairs = experimentPairs(first);
  const pairs: [string, string][] = [[URL_KEYS.version, String(URL_VERSION)], ...aPairs];
  others.slice(0, MAX_VARIANTS - 1).forEach((variant, index) => {
    const letter = VARIANT_LETTERS[index] ?? '';
    const diff = variantDiffPairs(aPairs, experimentPairs({ ...variant, dataset: first.dataset }));
    for (const [key, value] of diff) pairs.push([`${letter}.${key}`, value]);
  });
  pairs.push(...settingsPairs(workspace, namesLanguage));
  return queryOfPairs(pairs);
}

/** Variant `name` read over A: its own pairs laid over A's complete ones; A's value kept for anything unusable. */
function readVariant(
  written: WrittenVariant,
  position: number,
  first: Experiment,
  aPairs: ReadonlyMap<string, string>,
): { variant: Experiment; problems: LinkProblem[] } {
  const letter = written.letter.toUpperCase();
  const problems: LinkProblem[] = [];
  const expected = VARIANT_LETTERS[position - 1] ?? written.letter;
  if (expected !== written.letter) {
    problems.push({ key: 'link.variantGap', params: { letter, expected: expected.toUpperCase() } });
  }
  const own = variantOwnPairs(written.pairs);
  const reader = new LinkReader(overlayVariantPairs(aPairs, own.pairs));
  // The data set is the comparison's: a variant reads A's pairs for it, and keeps A's exactly.
  // A setting shared by A's optimizer and the variant's (lr, momentum, epsilon) is inherited from A.
  const variant = { ...readExperiment(reader, first, () => first.optimizer.params), dataset: first.dataset };
  problems.push(
    ...[...own.problems, ...reader.problems].map(
      (problem): LinkProblem => ({ key: 'link.ofVariant', params: { letter, problem } }),
    ),
  );
  return { variant, problems };
}

function decode(query: string): DecodedWorkspace {
  const problems: LinkProblem[] = [];
  const parts = splitLinkPairs(readQueryPairs(query, problems));
  readVersion(parts.version, problems);
  const aReader = new LinkReader(parts.experiment);
  const first = readExperiment(aReader, DEFAULT_EXPERIMENT);
  problems.push(...aReader.problems, ...parts.problems);
  const aPairs = new Map(experimentPairs(first));
  const variants = [first];
  for (const written of parts.variants) {
    const read = readVariant(written, variants.length, first, aPairs);
    variants.push(read.variant);
    problems.push(...read.problems);
  }
  const settingsReader = new LinkReader(parts.settings);
  const settings = readSettings(settingsReader);
  problems.push(...settingsReader.problems);
  return { workspace: { ...settings, variants }, problems };
}

/** Reads a query string (with or without '?', any version); never throws, and lists notices of what it could not use. */
export function decodeWorkspace(query: string): DecodedWorkspace {
  try {
    return decode(typeof query === 'string' ? query : '');
  } catch {
    // Unreachable by the tests; a safety net so that a bad link can never break the page.
    return {
      workspace: workspaceOf(DEFAULT_EXPERIMENT),
      problems: [{ key: 'link.unreadable' }],
    };
  }
}
