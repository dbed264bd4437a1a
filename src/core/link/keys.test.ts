import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { OPTIMIZER_IDS, OPTIMIZERS } from '../registries/optimizers';
import { encodeExperiment } from './codec';
import {
  DATASET_URL_FIELDS,
  optimizerParamUrlKeys,
  scheduleParamUrlKeys,
  TRAINING_URL_FIELDS,
  URL_KEYS,
  WORKSPACE_URL_KEYS,
} from './keys';
import { urlReferenceMarkdown } from './reference';

const allKeys = [
  ...Object.values(URL_KEYS),
  ...DATASET_URL_FIELDS.map((field) => field.urlKey),
  ...TRAINING_URL_FIELDS.map((field) => field.urlKey),
  ...optimizerParamUrlKeys().keys(),
  ...scheduleParamUrlKeys().keys(),
  ...Object.values(WORKSPACE_URL_KEYS),
];

describe('link keys', () => {
  it('are unique, short and lower-case', () => {
    expect(new Set(allKeys).size).toBe(allKeys.length);
    for (const key of allKeys) expect(key).toMatch(/^[a-z][a-z0-9]{0,9}$/);
  });

  it('give each optimizer hyper-parameter one key, shared by the optimizers that have it', () => {
    const keys = optimizerParamUrlKeys();
    for (const id of OPTIMIZER_IDS) {
      for (const parameter of OPTIMIZERS[id].parameters) {
        const owners = [...keys].filter(([, uses]) =>
          uses.some((use) => use.id === id && use.spec === parameter),
        );
        expect(owners).toHaveLength(1);
      }
    }
  });
});

describe('urlReferenceMarkdown', () => {
  const markdown = urlReferenceMarkdown();
  const tableRows = markdown.split('\n').filter((line) => line.startsWith('| `'));

  it('has one row per key', () => {
    const rowKeys = tableRows.map((row) => row.split('`')[1] ?? '');
    expect([...rowKeys].sort()).toEqual([...allKeys].sort());
  });

  it('lists every key a link can hold', () => {
    for (const id of OPTIMIZER_IDS) {
      const params = Object.fromEntries(
        OPTIMIZERS[id].parameters.map((parameter) => [parameter.key, parameter.defaultValue]),
      );
      const query = encodeExperiment({ ...DEFAULT_EXPERIMENT, optimizer: { id, params } });
      for (const pair of query.split('&')) expect(allKeys).toContain(pair.split('=')[0]);
    }
  });

  it('states bounds, choices and defaults from the registries', () => {
    expect(markdown).toContain('| `batch` | Batch size | whole number 1 to 4096 | `16` |');
    expect(markdown).toContain(
      '| `lr` | Learning rate (sgd, rmsprop, adagrad, adadelta, adam, adamax) | number 0.000001 to 100 |',
    );
    expect(markdown).toContain('`0.9` (rmsprop); `0.95` (adadelta)');
    expect(markdown).toContain('`lr=0.01`');
    expect(markdown).toContain(
      "| `target` | Summary table's target test accuracy, in percent | number 1 to 100 | `90` |",
    );
    expect(markdown).toContain('| `v` | Link format version | `2`; `1` and none read as before | `2` |');
    expect(markdown).toContain('`b.opt=sgd&b.lr=0.1`');
    expect(markdown).not.toMatch(/undefined|NaN/);
  });
});
