/**
 * The English catalogue, the source of every key: one file per area of the app, merged here.
 * Keys are "area.thing" so that two areas never collide; the typecheck fails on a repeated key.
 */
import { chartsEn } from './charts';
import { compareEn } from './compare';
import { csvImportEn } from './csvImport';
import { datasetEn } from './dataset';
import { doctorEn } from './doctor';
import { experimentEn } from './experiment';
import { exportEn } from './export';
import { linkEn } from './link';
import { lossEn } from './loss';
import { modelEn } from './model';
import { notebookEn } from './notebook';
import { optimizerEn } from './optimizer';
import { shareEn } from './share';
import { shellEn } from './shell';
import { trainingEn } from './training';

export const en = {
  ...shellEn,
  ...trainingEn,
  ...chartsEn,
  ...compareEn,
  ...datasetEn,
  ...csvImportEn,
  ...modelEn,
  ...lossEn,
  ...optimizerEn,
  ...experimentEn,
  ...shareEn,
  ...linkEn,
  ...doctorEn,
  ...notebookEn,
  ...exportEn,
} as const;
