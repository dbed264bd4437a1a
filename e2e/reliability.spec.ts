import type { Page, Route } from '@playwright/test';
import { expect, runStatus, statusEpoch, test, waitForEpoch } from './fixtures';

/** The built training worker's script, whatever its hash. */
const WORKER_SCRIPT = '**/assets/training.worker-*.js';

/** The built data worker's script, whatever its hash. */
const DATA_WORKER_SCRIPT = '**/assets/data.worker-*.js';

/** Serves `body` as the worker's script instead of the real one. */
const serveScript = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'text/javascript', body });

/**
 * Serves a worker that is the real one (imported under another URL, which the route does not
 * match) plus `onTrain`, run once 1.5 s after the first Train command reaches it.
 */
const serveRealWorkerThen = (onTrain: string) => (route: Route) =>
  serveScript(`
    import ${JSON.stringify(`${route.request().url()}?real`)};
    let isArmed = true;
    self.addEventListener('message', (event) => {
      if (event.data?.type !== 'train' || !isArmed) return;
      isArmed = false;
      setTimeout(() => { ${onTrain} }, 1500);
    });
  `)(route);

/** The number of points drawn in the Loss chart's current train line. */
async function lossCurvePoints(page: Page): Promise<number> {
  const chart = page.locator('figure.metric-chart', { has: page.getByRole('heading', { name: 'Loss' }) });
  const path = (await chart.locator('path.recharts-line-curve').last().getAttribute('d')) ?? '';
  return path.split(/[ML]/).length - 1;
}

/** Failures the test caused on purpose are expected in the console; anything else is not. */
const unexpected = (errors: string[], expected: RegExp) => errors.filter((error) => !expected.test(error));

/** The divergence link: a linear hidden layer on full batches at SGD's rate 100 overflows in a few epochs. */
const DIVERGING = './?opt=sgd&lr=100&layers=1-linear&batch=400&epochs=100000';

/**
 * Asserts that the run diverged with its advice and stopped there, and returns the epoch. Stopped,
 * seen without a sleep: once the charts (which redraw at most four times a second, after the
 * status) have drawn the curves up to the divergence, the run is still where it diverged and no
 * point lies beyond it.
 */
async function expectDivergedAndStopped(page: Page): Promise<number> {
  await expect(runStatus(page)).toContainText(/^Diverged at epoch \d+: the loss became NaN or infinite/, {
    timeout: 60_000,
  });
  const status = (await runStatus(page).textContent()) ?? '';
  expect(status).toContain('lower the learning rate (try 10 instead of 100)');
  expect(status).toContain('try the Adam optimizer');
  expect(status).toContain('clip the gradients');
  const divergedAt = await statusEpoch(page);
  expect(divergedAt).toBeGreaterThan(1);

  await expect.poll(() => lossCurvePoints(page)).toBeGreaterThanOrEqual(divergedAt - 1);
  expect(await lossCurvePoints(page)).toBeLessThanOrEqual(divergedAt + 1);
  await expect(runStatus(page)).toContainText(`Diverged at epoch ${divergedAt}:`);
  const latestLoss = page.getByRole('table', { name: 'Loss: latest values' }).getByRole('cell').first();
  expect(Number(await latestLoss.textContent())).not.toBeNaN();
  return divergedAt;
}

test.describe('divergence', () => {
  test('SGD at learning rate 100 diverges: the run stops with advice and the curves so far stay', async ({
    page,
    pageErrors,
  }) => {
    // Measured: with the default ReLU layers and clipped cross-entropy, SGD at 100 stays finite
    // (the units die and the loss sticks near 8); a linear hidden layer on full batches overflows.
    await page.goto(DIVERGING);
    await page.getByRole('button', { name: 'Train' }).click();
    const divergedAt = await expectDivergedAndStopped(page);

    // The fix it suggests works, and Train is there to try it.
    await page.getByLabel('Algorithm').selectOption('adam');
    await page.getByLabel('Learning rate').fill('0.01');
    await page.getByRole('button', { name: 'Train' }).click();
    await waitForEpoch(page, divergedAt + 5);
    await expect(runStatus(page)).toContainText(/^Training/);
    expect(pageErrors).toEqual([]);
  });

  test('on the tfjs engine (wasm, chosen under Advanced) the same run diverges and stops the same way', async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000);
    await page.goto(DIVERGING);
    await page.getByText('Advanced', { exact: true }).click();
    await page.getByLabel('Backend', { exact: true }).selectOption('wasm');
    await expect(runStatus(page)).toContainText(/backend wasm/, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Train' }).click();
    await expectDivergedAndStopped(page);
    await expect(page.getByTestId('backend-in-use')).toContainText('wasm');
    expect(pageErrors).toEqual([]);
  });
});

test.describe('a worker that fails', () => {
  test('one that throws at start is a failed run with its message; the app stays usable and Train starts a fresh worker', async ({
    page,
    pageErrors,
  }) => {
    await page.route(WORKER_SCRIPT, serveScript("throw new Error('simulated crash at start');"));
    await page.goto('./?epochs=100000');
    await expect(runStatus(page)).toHaveText(
      'Training failed: The training worker crashed: simulated crash at start. Press Train to start a fresh worker.',
    );
    // Usable: editing still works and Train is offered.
    await page.getByLabel('Noise').fill('0.2');
    await expect(page.getByLabel('Noise')).toHaveValue('0.2');
    expect(page.url()).toContain('noise=0.2');
    await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();

    await page.unroute(WORKER_SCRIPT);
    await page.getByRole('button', { name: 'Train' }).click();
    await waitForEpoch(page, 10);
    await expect(runStatus(page)).toContainText(/^Training · epoch \d+ · train loss/);
    expect(unexpected(pageErrors, /simulated crash at start/)).toEqual([]);
  });

  for (const { name, onTrain, message } of [
    {
      name: 'throws while training',
      onTrain: "throw new Error('simulated crash while training');",
      message: 'The training worker crashed: simulated crash while training',
    },
    {
      name: 'runs out of memory while training',
      onTrain: "throw new RangeError('Array buffer allocation failed');",
      message: 'The training worker crashed: Array buffer allocation failed',
    },
    {
      name: 'closes itself while training',
      onTrain: 'self.close();',
      message: 'The training worker stopped (it closed, or its thread ran out of memory)',
    },
  ]) {
    test(`one that ${name} is a failed run; the curves stay and Train starts a fresh worker`, async ({
      page,
      pageErrors,
    }) => {
      await page.route(WORKER_SCRIPT, serveRealWorkerThen(onTrain));
      await page.goto('./?epochs=100000');
      await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
      await page.getByRole('button', { name: 'Train' }).click();
      await expect(runStatus(page)).toHaveText(
        `Training failed: ${message}. Press Train to start a fresh worker.`,
        { timeout: 20_000 },
      );
      const pointsAtFailure = await lossCurvePoints(page);
      expect(pointsAtFailure).toBeGreaterThan(2);

      await page.unroute(WORKER_SCRIPT);
      await page.getByRole('button', { name: 'Train' }).click();
      await waitForEpoch(page, 10);
      await expect(runStatus(page)).toContainText(/^Training/);
      // The failed run's curves are kept, faint, beside the new run's.
      await expect(page.getByText('Train (previous)').first()).toBeVisible();
      expect(unexpected(pageErrors, /simulated crash|Array buffer allocation failed/)).toEqual([]);
    });
  }

  test('a lost WebGL context falls back to another backend with a notice, and training goes on', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('./?epochs=100000');
    await page.getByText('Advanced', { exact: true }).click();
    await page.getByLabel('Backend', { exact: true }).selectOption('webgl');
    await expect(runStatus(page)).toContainText(/backend webgl/, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Train' }).click();
    await waitForEpoch(page, 3);

    const worker = page.workers().find((candidate) => candidate.url().includes('training.worker'));
    expect(worker, 'the training worker is running').toBeDefined();
    // tfjs keeps its engine on the worker's global object; its WebGL backend holds the context.
    const lost = await worker?.evaluate(() => {
      type Engine = { backendInstance?: { gpgpu?: { gl?: WebGL2RenderingContext } } };
      const gl = (globalThis as unknown as { _tfengine?: Engine })._tfengine?.backendInstance?.gpgpu?.gl;
      const extension = gl?.getExtension('WEBGL_lose_context');
      extension?.loseContext();
      return extension !== undefined && extension !== null;
    });
    expect(lost, 'WEBGL_lose_context was available').toBe(true);

    await expect(page.getByTestId('backend-notice')).toContainText(
      'WebGL stopped working, so the run restarted from epoch 0 on wasm',
    );
    await expect(page.getByTestId('backend-notice')).toContainText('the WebGL context was lost');
    await expect(page.getByTestId('backend-in-use')).toContainText(
      'wasm: chosen in the settings (instead of WebGL',
    );
    await expect(runStatus(page)).toContainText(/^Training · epoch \d+ .*backend wasm/);
    const restartedAt = await statusEpoch(page);
    await waitForEpoch(page, restartedAt + 10);
    expect(unexpected(pageErrors, /WebGL context was lost|CONTEXT_LOST/)).toEqual([]);
  });
});

test.describe('a data worker that fails', () => {
  test('one that crashes while loading a set says so, the set in use stays, and choosing again starts a fresh worker', async ({
    page,
    pageErrors,
  }) => {
    await page.route(
      DATA_WORKER_SCRIPT,
      serveScript("self.addEventListener('message', () => { throw new Error('simulated data crash'); });"),
    );
    await page.goto('./?data=moons');
    await expect(runStatus(page)).toContainText(/^Ready at epoch 0/);
    await page.getByLabel('Data set').selectOption('wine');
    const loadError = page.getByTestId('load-error');
    await expect(loadError).toContainText('the data worker stopped: simulated data crash');
    await expect(loadError).toContainText('The data set in use is still Moons.');
    await expect(page.getByLabel('Data set')).toHaveValue('moons');
    await expect(page).toHaveURL(/data=moons&/);
    // Nothing was lost: the set in use still trains.
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(runStatus(page)).toContainText(/^Paused · epoch 1/);

    await page.unroute(DATA_WORKER_SCRIPT);
    await page.getByLabel('Data set').selectOption('wine');
    await expect(page.getByLabel('Data set')).toHaveValue('wine');
    await expect(page).toHaveURL(/data=wine&/);
    await expect(loadError).toHaveCount(0);
    expect(unexpected(pageErrors, /simulated data crash/)).toEqual([]);
  });
});

test.describe('bad input', () => {
  /** What each field is given: every kind of bad entry; a decimal only where a whole number is needed. */
  const badEntries = (isInteger: boolean): string[] => [
    '',
    'abc',
    ...(isInteger ? ['2.5'] : []),
    '-1',
    '1e12',
  ];

  /** Types every bad entry into each number field inside `scope`, then restores it; returns their labels. */
  async function rejectBadEntries(page: Page, scopeName: string | null, skip: Set<string>): Promise<void> {
    const scope = scopeName === null ? page.locator('main') : page.getByRole('region', { name: scopeName });
    const fields = scope.locator('input[inputmode="numeric"], input[inputmode="decimal"]');
    const count = await fields.count();
    expect(count).toBeGreaterThan(0);
    const canaries = [page.getByLabel('Noise'), page.getByLabel('Learning rate')];
    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      const label = await field.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
      if (skip.has(label)) continue;
      skip.add(label);
      const original = await field.inputValue();
      const isInteger = (await field.getAttribute('inputmode')) === 'numeric';
      const canaryValues = await Promise.all(canaries.map((canary) => canary.inputValue()));
      const url = page.url();
      for (const bad of badEntries(isInteger)) {
        await field.fill(bad);
        await expect(field, `${label} = "${bad}"`).toHaveAttribute('aria-invalid', 'true');
        await expect(field).toHaveValue(bad);
        const messageId = (await field.getAttribute('aria-describedby')) ?? '';
        const message = page.locator(`[id="${messageId}"]`);
        await expect(message, `message beside ${label}`).toBeVisible();
        const messageText = (await message.textContent()) ?? '';
        expect(messageText.length).toBeGreaterThan(10);
        await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
        await expect(page.locator('#train-blocker')).toContainText(messageText);
        // Nothing else is lost: the other entries and the experiment in the address bar stay.
        for (const [index, canary] of canaries.entries()) {
          if ((await canary.getAttribute('id')) !== (await field.getAttribute('id')))
            await expect(canary).toHaveValue(canaryValues[index] ?? '');
        }
        expect(page.url()).toBe(url);
      }
      await field.fill(original);
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
    }
  }

  test('every number field refuses empty, non-numeric, non-integer and out-of-range input beside itself', async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./');
    await page.getByLabel('Noise').fill('0.3');
    await page.getByLabel('Learning rate').fill('0.02');
    const tested = new Set<string>();
    await rejectBadEntries(page, null, tested);
    // Each optimizer shows its own hyper-parameters: every one of them is tried too.
    const algorithms = await page
      .getByLabel('Algorithm')
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    for (const algorithm of algorithms) {
      await page.getByLabel('Algorithm').selectOption(algorithm);
      await page.getByLabel('Learning rate').fill('0.02');
      await rejectBadEntries(page, 'Optimizer', tested);
    }
    expect(tested.size).toBeGreaterThan(12);
    await expect(page.getByLabel('Noise')).toHaveValue('0.3');
    expect(pageErrors).toEqual([]);
  });
});

test.describe('memory', () => {
  test("the worker's live tensor count, shown under Advanced, stays flat over many epochs", async ({
    page,
    pageErrors,
  }) => {
    test.setTimeout(120_000);
    // One batch per epoch: every report then falls between epochs, where the count is exact
    // (mid-epoch, the epoch's shuffled batches are alive too).
    await page.goto('./?points=200&batch=160&epochs=100000');
    await page.getByText('Advanced', { exact: true }).click();
    const tensorCount = page.getByTestId('worker-tensor-count');
    await page.getByRole('button', { name: 'Train' }).click();
    await waitForEpoch(page, 20);
    // Readings until 200 more epochs have passed (however slow the machine), at least ten of them,
    // each taken once the epoch has moved on since the one before rather than after a sleep.
    const samples: { epoch: number; tensors: number }[] = [];
    const startEpoch = await statusEpoch(page);
    let lastEpoch = startEpoch;
    while (samples.length < 10 || lastEpoch < startEpoch + 200) {
      await expect.poll(() => statusEpoch(page)).toBeGreaterThan(lastEpoch);
      lastEpoch = await statusEpoch(page);
      samples.push({ epoch: lastEpoch, tensors: Number(await tensorCount.textContent()) });
    }
    const first = samples[0];
    expect(first?.tensors ?? 0).toBeGreaterThan(0);
    // A leak of even one tensor per epoch would add hundreds over these epochs.
    expect(samples.map((sample) => sample.tensors)).toEqual(samples.map(() => first?.tensors));
    expect(pageErrors).toEqual([]);
  });
});
