import { describe, expect, it } from 'vitest';
import { VERSION_1_LINKS } from '../../../test/fixtures/v1Links';
import { decodeExperimentInWords, decodeWorkspaceInWords } from '../../../test/kits/linkWords';
import { workspaceOf } from '../compare/workspace';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { encodeExperiment } from './codec';
import { URL_VERSION } from './keys';
import { encodeWorkspace } from './workspace';

/** The recorded version-1 query of an experiment, as the current encoder writes it (only the version differs). */
const asCurrentVersion = (recorded: string): string => recorded.replace(/^v=1&/, `v=${URL_VERSION}&`);

describe('version 1 links read exactly as the version-1 reader read them', () => {
  it('the recording covers links with and without a version, with and without notices', () => {
    expect(VERSION_1_LINKS.length).toBeGreaterThan(40);
    expect(VERSION_1_LINKS.some(({ link }) => link.startsWith('v=1&'))).toBe(true);
    expect(VERSION_1_LINKS.some(({ link }) => !link.includes('v='))).toBe(true);
    expect(VERSION_1_LINKS.filter(({ problems }) => problems.length > 0).length).toBeGreaterThan(15);
  });

  it.each(VERSION_1_LINKS)('decodeExperiment($link)', ({ link, decoded, problems }) => {
    const read = decodeExperimentInWords(link);
    expect(encodeExperiment(read.experiment)).toBe(asCurrentVersion(decoded));
    expect(read.experiment).toEqual(decodeExperimentInWords(decoded).experiment);
    expect(read.problems).toEqual(problems);
  });

  it.each(VERSION_1_LINKS)('decodeWorkspace($link)', ({ link, decoded, problems }) => {
    const read = decodeWorkspaceInWords(link);
    const [first] = read.workspace.variants;
    expect(read.workspace).toEqual(workspaceOf(decodeExperimentInWords(link).experiment));
    expect(first && encodeExperiment(first)).toBe(asCurrentVersion(decoded));
    expect(read.problems).toEqual(problems);
  });
});

describe('versions', () => {
  it('writes the current version first; a one-experiment link is what encodeExperiment writes', () => {
    const query = encodeWorkspace(workspaceOf(DEFAULT_EXPERIMENT));
    expect(query.startsWith(`v=${URL_VERSION}&data=`)).toBe(true);
    expect(URL_VERSION).toBe(2);
    expect(query).toBe(encodeExperiment(DEFAULT_EXPERIMENT));
  });

  it('reads an unknown version as the current one, with a notice, keeping every part', () => {
    for (const [version, shown] of [
      ['3', '3'],
      ['99', '99'],
      ['abc', "'abc'"],
      ['', "''"],
      ['1.5', '1.5'],
    ]) {
      const { workspace, problems } = decodeWorkspaceInWords(`v=${version}&opt=sgd&b.opt=rmsprop&seeds=2`);
      expect(problems).toEqual([`unknown version ${shown}; read as version 2`]);
      expect(workspace.variants.map((variant) => variant.optimizer.id)).toEqual(['sgd', 'rmsprop']);
      expect(workspace.seedCount).toBe(2);
    }
    expect(decodeWorkspaceInWords('v=2.0&opt=sgd').problems).toEqual([]);
    expect(decodeExperimentInWords('v=3').problems).toEqual(['unknown version 3; read as version 2']);
  });
});
