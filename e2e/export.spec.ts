import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, runStatus, test } from './fixtures';

/** The downloads one click starts, in order, each with its file's text. */
async function downloadsOf(page: Page, button: string, count: number): Promise<Map<string, Buffer>> {
  const downloads: Download[] = [];
  const all = new Promise<void>((resolve) => {
    page.on('download', function collect(download) {
      downloads.push(download);
      if (downloads.length === count) {
        page.off('download', collect);
        resolve();
      }
    });
  });
  await page.getByRole('button', { name: button }).click();
  await all;
  const files = new Map<string, Buffer>();
  for (const download of downloads)
    files.set(download.suggestedFilename(), readFileSync(await download.path()));
  return files;
}

const DONE = /Done · epoch 3/;

test('each download of a trained run yields a file that matches it; a refused one says so and changes nothing', async ({
  page,
  pageErrors,
}) => {
  // The default experiment: spiral, 500 points of which 80% train, two hidden layers of 16.
  await page.goto('./?epochs=3');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(runStatus(page)).toContainText(DONE, { timeout: 30_000 });
  await page.getByText('Take it with you').click();
  await expect(page.getByText(/Download this run at epoch 3/)).toBeVisible();

  const model = await downloadsOf(page, 'Download model', 2);
  const modelJson = JSON.parse(model.get('model.json')?.toString('utf8') ?? '{}');
  expect(modelJson.format).toBe('layers-model');
  expect(modelJson.modelTopology.config.layers).toHaveLength(3);
  const specs: { shape: number[] }[] = modelJson.weightsManifest[0].weights;
  const values = specs.reduce((sum, spec) => sum + spec.shape.reduce((p, n) => p * n, 1), 0);
  expect(values).toBe(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1);
  expect(model.get('model.weights.bin')?.length).toBe(values * 4);
  await expect(page.getByTestId('export-status')).toHaveText('Downloaded model.json, model.weights.bin.');

  const weights = JSON.parse(
    (await downloadsOf(page, 'Weights as JSON', 1)).get('weights.json')?.toString() ?? '{}',
  );
  expect(weights.epoch).toBe(3);
  expect(weights.layers.map((layer: { kernel: { shape: number[] } }) => layer.kernel.shape)).toEqual([
    [2, 16],
    [16, 16],
    [16, 1],
  ]);
  // The same weights as the model's file, value for value.
  const bin = model.get('model.weights.bin') as Buffer;
  const first = new Float32Array(bin.buffer.slice(bin.byteOffset, bin.byteOffset + 8));
  expect(weights.layers[0].kernel.values.slice(0, 2)).toEqual(
    [...first].map((v) => Number(v.toPrecision(9))),
  );

  const csv = (await downloadsOf(page, 'Download data', 1)).get('data.csv')?.toString() ?? '';
  const rows = csv.trim().split('\n');
  expect(rows[0]).toBe('split,x1,x2,label');
  expect(rows).toHaveLength(1 + 500);
  expect(rows.filter((row) => row.startsWith('train,'))).toHaveLength(400);

  const script = (await downloadsOf(page, 'Download Python script', 1)).get('train.py')?.toString() ?? '';
  expect(script).toContain('import torch');
  const config = JSON.parse(/r"""\n([\s\S]*?)\n"""/.exec(script)?.[1] ?? '{}');
  expect(config).toMatchObject({
    loss: 'binaryCrossentropy',
    epochs: 3,
    batchSize: 16,
    parameterCount: values,
  });
  expect(config.optimizer).toMatchObject({ id: 'adam', params: { learningRate: 0.01 } });

  // A browser that refuses the download: the reason is shown, the run and its curves stay as they were.
  await page.evaluate(() => {
    URL.createObjectURL = () => {
      throw new Error('downloads are blocked here');
    };
  });
  await page.getByRole('button', { name: 'Download data' }).click();
  await expect(page.getByTestId('export-status')).toContainText(
    'The browser refused the download (downloads are blocked here)',
  );
  await expect(runStatus(page)).toContainText(DONE);
  await expect(page.getByRole('button', { name: 'Download data' })).toBeEnabled();
  expect(pageErrors).toEqual([]);
});

test('the downloads wait while the run trains, and the section costs nothing while closed', async ({
  page,
  pageErrors,
}) => {
  await page.goto('./?epochs=100000');
  await expect(runStatus(page)).toContainText(/Ready at epoch 0/);
  // Closed: its chunk is not loaded.
  const scripts = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  expect((await scripts()).some((name) => /ExportBody/.test(name))).toBe(false);
  await page.getByRole('button', { name: 'Train' }).click();
  await page.getByText('Take it with you').click();
  await expect(page.getByRole('button', { name: 'Download model' })).toBeDisabled();
  expect((await scripts()).some((name) => /ExportBody/.test(name))).toBe(true);
  await expect(
    page.getByText('Pause the training to download the run at the end of an epoch.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Download model' })).toBeEnabled();
  expect(pageErrors).toEqual([]);
});
