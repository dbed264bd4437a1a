/**
 * The benchmark's fixed experiments. Each one is a link into the app (plus, at most, one action
 * such as choosing a preset) and the bare-tfjs baseline of the same model. A scenario the app
 * cannot run yet shows up as "n/a (not supported yet)" in the table: its link raises the banner,
 * its action finds no control, or training does not start.
 */
import type { Page } from 'playwright-core';
import type { BaselineData, BaselineSpec } from '../src/app/benchTypes';

/** The baseline of a scenario, less what the run decides (query, data address, budget). */
export type ScenarioBaseline = Omit<BaselineSpec, 'query' | 'budgetMs' | 'data'> & {
  readonly data:
    | { readonly kind: 'generated' }
    | { readonly kind: 'shipped'; readonly file: string; readonly imageShape: readonly number[] | null };
};

/** One row of the table. */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** The app's query string (without '?'). */
  readonly query: string;
  /** An action after the page opens; resolves with why it could not be done, or null. */
  readonly prepare?: (page: Page) => Promise<string | null>;
  readonly baseline: ScenarioBaseline | null;
  /** A race's variants, each alone: the table notes what the race costs per epoch against their mean. */
  readonly raceOf?: readonly string[];
}

/** Shared by every scenario: plain SGD at TensorFlow Playground's learning rate, and no natural end. */
const SGD = 'opt=sgd&lr=0.03&epochs=100000&seed=1';
/** TensorFlow Playground's 2-D settings: 250 training points (500 × 0.5), no noise, batch 10. */
const PLAYGROUND_DATA = 'noise=0&points=500&train=0.5&dseed=1&batch=10';

const tanhLayers = (units: readonly number[]) =>
  units.map((count) => ({ kind: 'dense' as const, units: count, activation: 'tanh' as const }));

const GENERATED: ScenarioBaseline['data'] = { kind: 'generated' };
const MNIST_IMAGES: ScenarioBaseline['data'] = {
  kind: 'shipped',
  file: 'datasets/mnist.bin.gz',
  imageShape: [28, 28, 1],
};
const MNIST_ROWS: ScenarioBaseline['data'] = {
  kind: 'shipped',
  file: 'datasets/mnist.bin.gz',
  imageShape: null,
};

/** The LeNet preset itself (LeNet-5 on 28×28) in bare tfjs: the table flags a parameter count that differs from ours. */
const LENET_BASELINE: ScenarioBaseline = {
  data: MNIST_IMAGES,
  layers: [
    { kind: 'conv2d', filters: 6, kernelSize: 5, activation: 'relu', padding: 'same' },
    { kind: 'maxPooling2d', poolSize: 2 },
    { kind: 'conv2d', filters: 16, kernelSize: 5, activation: 'relu' },
    { kind: 'maxPooling2d', poolSize: 2 },
    { kind: 'flatten' },
    { kind: 'dense', units: 120, activation: 'relu' },
    { kind: 'dense', units: 84, activation: 'relu' },
    { kind: 'dense', units: 10, activation: 'softmax' },
  ],
  loss: 'categoricalCrossentropy',
  learningRate: 0.03,
  batchSize: 64,
};

/** Chooses the LeNet-style preset of the Model panel (a button, or an option of a select). */
async function chooseLeNetPreset(page: Page): Promise<string | null> {
  const button = page.getByRole('button', { name: /lenet/i });
  if ((await button.count()) > 0) {
    await button.first().click();
    return null;
  }
  const option = page.locator('option', { hasText: /lenet/i }).first();
  if ((await option.count()) > 0) {
    const value = await option.getAttribute('value');
    await option
      .locator('xpath=ancestor::select[1]')
      .selectOption(value ?? { label: (await option.textContent()) ?? '' });
    return null;
  }
  return 'the Model panel has no LeNet-style preset yet (issue 4)';
}

/** The scenarios, in table order. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'default',
    title: 'The default experiment: spiral, 16-16 ReLU, Adam 0.01, 400 points, batch 16',
    // The link a person gets on opening the app, made long enough not to end inside the window.
    query: 'epochs=100000',
    // The baseline page trains with SGD only: a ratio against it would not compare like with like.
    baseline: null,
  },
  {
    id: 'tfp-default',
    title: 'TF Playground default: circle, 4-2 tanh, 250 points, batch 10',
    query: `v=1&data=circle&${PLAYGROUND_DATA}&layers=4-tanh,2-tanh&loss=bce&${SGD}`,
    baseline: {
      data: GENERATED,
      layers: [...tanhLayers([4, 2]), { kind: 'dense', units: 1, activation: 'sigmoid' }],
      loss: 'binaryCrossentropy',
      learningRate: 0.03,
      batchSize: 10,
    },
  },
  {
    id: 'spiral-6x8',
    title: 'Spiral, 6 hidden layers of 8 tanh, 250 points, batch 10',
    query: `v=1&data=spiral&${PLAYGROUND_DATA}&layers=8-tanh,8-tanh,8-tanh,8-tanh,8-tanh,8-tanh&loss=bce&${SGD}`,
    baseline: {
      data: GENERATED,
      layers: [...tanhLayers([8, 8, 8, 8, 8, 8]), { kind: 'dense', units: 1, activation: 'sigmoid' }],
      loss: 'binaryCrossentropy',
      learningRate: 0.03,
      batchSize: 10,
    },
  },
  {
    id: 'mnist-mlp',
    title: 'MNIST MLP 784-128-10, 8,000 images, batch 64',
    query: `v=1&data=mnist&train=0.8&dseed=1&layers=128-relu&loss=cce&batch=64&${SGD}`,
    baseline: {
      data: MNIST_ROWS,
      layers: [
        { kind: 'dense', units: 128, activation: 'relu' },
        { kind: 'dense', units: 10, activation: 'softmax' },
      ],
      loss: 'categoricalCrossentropy',
      learningRate: 0.03,
      batchSize: 64,
    },
  },
  {
    id: 'mnist-lenet',
    title: 'MNIST LeNet-style CNN (preset), 1,000 images, batch 64',
    // 1,000 training images (train=0.1) so that a CNN epoch fits the measuring window on a CPU.
    query: `v=1&data=mnist&train=0.1&dseed=1&loss=cce&batch=64&${SGD}`,
    prepare: chooseLeNetPreset,
    baseline: LENET_BASELINE,
  },
  {
    id: 'mnist-lenet-whole',
    title: 'MNIST LeNet-style CNN (preset), 8,000 images, batch 64',
    // Whole MNIST epochs (8,000 training images), as a class would train it.
    query: `v=1&data=mnist&train=0.8&dseed=1&loss=cce&batch=64&${SGD}`,
    prepare: chooseLeNetPreset,
    baseline: LENET_BASELINE,
  },
  {
    id: 'compare-1',
    title: 'Variant A of the race alone: spiral, 8-8 tanh, SGD',
    query: `v=2&data=spiral&${PLAYGROUND_DATA}&layers=8-tanh,8-tanh&loss=bce&${SGD}`,
    baseline: null,
  },
  {
    id: 'compare-1b',
    title: 'Variant B of the race alone: the same with Adam',
    query: `v=2&data=spiral&${PLAYGROUND_DATA}&layers=8-tanh,8-tanh&loss=bce&${SGD.replace('opt=sgd', 'opt=adam')}`,
    baseline: null,
  },
  {
    id: 'compare-2',
    title: 'Two-variant race: the same, SGD against Adam',
    query: `v=2&data=spiral&${PLAYGROUND_DATA}&layers=8-tanh,8-tanh&loss=bce&${SGD}&b.opt=adam`,
    baseline: null,
    raceOf: ['compare-1', 'compare-1b'],
  },
];

/** The baseline spec of a scenario, given where the server is and the measuring budget. */
export function baselineSpec(scenario: Scenario, baseUrl: string, budgetMs: number): BaselineSpec | null {
  const baseline = scenario.baseline;
  if (!baseline) return null;
  const data: BaselineData =
    baseline.data.kind === 'generated'
      ? { kind: 'generated' }
      : {
          kind: 'shipped',
          url: new URL(baseline.data.file, baseUrl).href,
          imageShape: baseline.data.imageShape,
        };
  return { ...baseline, data, query: scenario.query, budgetMs };
}
