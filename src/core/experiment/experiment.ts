/**
 * The Experiment: plain, serialisable data describing one training run's four ingredients
 * (dataset, model, loss, optimizer) plus training settings. It is the only thing the URL, the
 * store and the worker exchange about configuration.
 */

/** A 2-D classification set generated from a seed. */
export type ToyDatasetId = 'circle' | 'xor' | 'gaussian' | 'spiral' | 'moons';

/** A 2-D regression set generated from a seed: one real target per point. */
export type RegressionDatasetId = 'plane' | 'bumps';

/** A data set generated from the config's seed (toys and regression sets). */
export type GeneratedDatasetId = ToyDatasetId | RegressionDatasetId;

/** A real data set shipped with the app under public/datasets, loaded only when chosen. */
export type ShippedDatasetId = 'iris' | 'wine' | 'breastCancer' | 'digits' | 'mnist' | 'fashionMnist';

/** A person's own data (an uploaded CSV or points drawn on the plane): never put in a link. */
export type CustomDatasetId = 'custom';

/** Identifier of any data set. */
export type DatasetId = GeneratedDatasetId | ShippedDatasetId | CustomDatasetId;

/** Which data set, and how it is generated and split. */
export interface DatasetConfig {
  readonly id: DatasetId;
  /** Noise level, 0 (clean) to 1 (very noisy); generated sets only. */
  readonly noise: number;
  /** Total number of points, training plus test; generated sets only. */
  readonly numPoints: number;
  /** Share of the examples used for training, the rest is the test set (0.1 to 0.9). */
  readonly trainFraction: number;
  /** Seed of the generator and of the train/test split. */
  readonly seed: number;
  /**
   * Number of classes: chosen for gaussian (2 to 6 blobs) and spiral (2 to 5 arms), fixed by the
   * data for the others (1 for regression sets, the file's classes for own data).
   */
  readonly numClasses: number;
}

/** Activation function of a layer. */
export type ActivationId =
  | 'relu'
  | 'leakyRelu'
  | 'elu'
  | 'selu'
  | 'tanh'
  | 'sigmoid'
  | 'softplus'
  | 'swish'
  | 'linear';

/** How a layer's kernel is drawn at the start (the uniform variants of Keras's initialisers). */
export type InitializerId = 'glorot' | 'he' | 'lecun';

/** Padding of a convolution: 'valid' shrinks the image, 'same' keeps its size (at stride 1). */
export type PaddingId = 'valid' | 'same';

/** A layer's own L1 and L2 strengths on its kernel, in place of the global ones of TrainingConfig. */
export interface KernelRegularization {
  readonly l1: number;
  readonly l2: number;
}

/**
 * One dense (fully connected) layer. `initializer` absent means Glorot and `regularization` absent
 * means the global strengths, so that a version-1 link (`16-relu`) reads as it always did.
 */
export interface DenseLayerConfig {
  readonly kind: 'dense';
  readonly units: number;
  readonly activation: ActivationId;
  readonly initializer?: InitializerId;
  readonly regularization?: KernelRegularization;
}

/** A 2-D convolution over [height, width, channels] input: `filters` square kernels of `kernelSize`. */
export interface Conv2DLayerConfig {
  readonly kind: 'conv2d';
  readonly filters: number;
  readonly kernelSize: number;
  readonly stride: number;
  readonly padding: PaddingId;
  readonly activation: ActivationId;
  readonly initializer?: InitializerId;
  readonly regularization?: KernelRegularization;
}

/** Max or average pooling over square windows of `poolSize`, stride `poolSize`, padding 'valid'. */
export interface Pooling2DLayerConfig {
  readonly kind: 'maxPool2d' | 'avgPool2d';
  readonly poolSize: number;
}

/** Flattens [height, width, channels] into one row of values. */
export interface FlattenLayerConfig {
  readonly kind: 'flatten';
}

/** Drops a share `rate` of its inputs at random while training (scaling the rest by 1/(1−rate)). */
export interface DropoutLayerConfig {
  readonly kind: 'dropout';
  readonly rate: number;
}

/** Normalises each channel by batch statistics while training and by running averages afterwards. */
export interface BatchNormLayerConfig {
  readonly kind: 'batchNorm';
}

/** Any layer of the stack the person builds. */
export type LayerConfig =
  | DenseLayerConfig
  | Conv2DLayerConfig
  | Pooling2DLayerConfig
  | FlattenLayerConfig
  | DropoutLayerConfig
  | BatchNormLayerConfig;

/** Kind of a layer. */
export type LayerKind = LayerConfig['kind'];

/** The hidden part of the network, input to output; the output layer follows from the data set and the loss. */
export interface ModelConfig {
  readonly hiddenLayers: readonly LayerConfig[];
}

/** Loss function. */
export type LossId =
  | 'binaryCrossentropy'
  | 'categoricalCrossentropy'
  | 'meanSquaredError'
  | 'meanAbsoluteError'
  | 'hinge'
  | 'squaredHinge'
  | 'huber';

/** Optimizer. */
export type OptimizerId = 'sgd' | 'rmsprop' | 'adagrad' | 'adadelta' | 'adam' | 'adamax';

/** Value of one optimizer hyper-parameter: numbers, or a flag such as Nesterov. */
export type HyperParameterValue = number | boolean;

/** A learning-rate schedule. */
export type ScheduleId = 'constant' | 'stepDecay' | 'exponentialDecay' | 'cosineDecay';

/** A learning-rate schedule and its settings, keyed by the registry's parameter keys. */
export interface ScheduleConfig {
  readonly id: ScheduleId;
  readonly params: Readonly<Record<string, number>>;
}

/**
 * The optimizer and its hyper-parameters, keyed by the registry's parameter keys. `schedule`
 * absent means a constant learning rate; `clipNorm` absent means no gradient clipping.
 */
export interface OptimizerConfig {
  readonly id: OptimizerId;
  readonly params: Readonly<Record<string, HyperParameterValue>>;
  /** How the learning rate changes over the run (Keras's LearningRateSchedule, counted in epochs). */
  readonly schedule?: ScheduleConfig;
  /** Largest global norm of the gradient; a longer gradient is scaled down to it (Keras's global_clipnorm). */
  readonly clipNorm?: number;
}

/** Settings of the training loop. */
export interface TrainingConfig {
  /** Examples per optimizer step. */
  readonly batchSize: number;
  /** Number of passes over the training set before the run stops by itself. */
  readonly epochs: number;
  /** Global L1 strength on kernels (Keras: l1 · Σ|w| added to the loss); absent means 0. */
  readonly l1?: number;
  /** Global L2 strength on kernels (Keras: l2 · Σw² added to the loss). */
  readonly l2: number;
  /** Seed of the initial weights, the batch order and dropout. */
  readonly seed: number;
}

/** One complete experiment. */
export interface Experiment {
  readonly dataset: DatasetConfig;
  readonly model: ModelConfig;
  readonly loss: LossId;
  readonly optimizer: OptimizerConfig;
  readonly training: TrainingConfig;
}

/** How the labels are encoded as targets for the output layer ('real': a regression target as is). */
export type TargetEncoding = 'binary01' | 'signedBinary' | 'oneHot' | 'signedOneHot' | 'real';

/** The output layer, derived from the task, the number of classes and the loss. */
export interface OutputLayerSpec {
  readonly units: number;
  readonly activation: 'sigmoid' | 'softmax' | 'linear';
  readonly targetEncoding: TargetEncoding;
}
