/** Every language gives every message, with the same placeholders; no two areas share a key. */
import { describe, expect, it } from 'vitest';
import { missingKeys, placeholderMismatches } from './catalogueCheck';
import { en } from './catalogues/en';
import { chartsEn } from './catalogues/en/charts';
import { compareEn } from './catalogues/en/compare';
import { csvImportEn } from './catalogues/en/csvImport';
import { datasetEn } from './catalogues/en/dataset';
import { doctorEn } from './catalogues/en/doctor';
import { experimentEn } from './catalogues/en/experiment';
import { exportEn } from './catalogues/en/export';
import { linkEn } from './catalogues/en/link';
import { lossEn } from './catalogues/en/loss';
import { modelEn } from './catalogues/en/model';
import { notebookEn } from './catalogues/en/notebook';
import { optimizerEn } from './catalogues/en/optimizer';
import { shareEn } from './catalogues/en/share';
import { shellEn } from './catalogues/en/shell';
import { trainingEn } from './catalogues/en/training';
import { LANGUAGES } from './languages';

const AREAS = {
  shell: shellEn,
  training: trainingEn,
  charts: chartsEn,
  compare: compareEn,
  dataset: datasetEn,
  csvImport: csvImportEn,
  model: modelEn,
  loss: lossEn,
  optimizer: optimizerEn,
  experiment: experimentEn,
  share: shareEn,
  link: linkEn,
  doctor: doctorEn,
  notebook: notebookEn,
  export: exportEn,
};

describe('message catalogues', () => {
  it('keeps each area’s keys under its own prefix, so that no two areas share one', () => {
    let total = 0;
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const key of Object.keys(messages)) expect(key.startsWith(`${area}.`), key).toBe(true);
      total += Object.keys(messages).length;
    }
    expect(Object.keys(en)).toHaveLength(total);
  });

  for (const { id, load } of LANGUAGES) {
    it(`${id}: has exactly the English keys, each with the same placeholders`, async () => {
      const catalogue = await load();
      expect(missingKeys(catalogue)).toEqual([]);
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      expect(placeholderMismatches(catalogue)).toEqual([]);
      for (const text of Object.values(catalogue)) expect(text.trim().length).toBeGreaterThan(0);
    });
  }
});
