/**
 * The Experiment: plain, serialisable data describing one training run's four ingredients
 * (dataset, model, loss, optimizer) plus training settings. It is the only thing the URL, the
 * store and the worker exchange about configuration.
 */

/** Identifier of a built-in 2-D data set. */
export type DatasetId = 'circle' | 'xor' | 'gaussian' | 'spiral' | 'moons';

/** How the data set is generated and split. */
export interface DatasetConfig {
  readonly id: DatasetId;
  /** Noise level, 0 (clean) to 1 (very noisy). */
  readonly noise: number;
  /** Total number of points, training plus test. */
  readonly numPoints: number;
  /** Share of the points used for training, the rest is the test set (0.1 to 0.9). */
  readonly trainFraction: number;
  /** Seed of the generator and of the train/test split. */
  readonly seed: number;
}

/** Activation function of a layer. */
export type ActivationId = 'relu' | 'tanh' | 'sigmoid' | 'linear' | 'elu';

/** One dense (fully connected) hidden layer. */
export interface DenseLayerConfig {
  readonly kind: 'dense';
  readonly units: number;
  readonly activation: ActivationId;
}

/** The hidden part of the network; the output layer follows from the data set and the loss. */
export interface ModelConfig {
  readonly hiddenLayers: readonly DenseLayerConfig[];
}

/** Loss function. */
export type LossId = 'binaryCrossentropy' | 'categoricalCrossentropy' | 'meanSquaredError' | 'hinge';

/** Optimizer. */
export type OptimizerId = 'sgd' | 'rmsprop' | 'adagrad' | 'adadelta' | 'adam' | 'adamax';

/** Value of one optimizer hyper-parameter: numbers, or a flag such as Nesterov. */
export type HyperParameterValue = number | boolean;

/** The optimizer and its hyper-parameters, keyed by the registry's parameter keys. */
export interface OptimizerConfig {
  readonly id: OptimizerId;
  readonly params: Readonly<Record<string, HyperParameterValue>>;
}

/** Settings of the training loop. */
export interface TrainingConfig {
  /** Examples per optimizer step. */
  readonly batchSize: number;
  /** Number of passes over the training set before the run stops by itself. */
  readonly epochs: number;
  /** L2 regularization strength on kernel weights (Keras: l2 * sum(w^2) added to the loss). */
  readonly l2: number;
  /** Seed of the initial weights and of the batch order. */
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

/** How the labels are encoded as targets for the output layer. */
export type TargetEncoding = 'binary01' | 'signedBinary' | 'oneHot' | 'signedOneHot';

/** The output layer, derived from the number of classes and the loss. */
export interface OutputLayerSpec {
  readonly units: number;
  readonly activation: 'sigmoid' | 'softmax' | 'linear';
  readonly targetEncoding: TargetEncoding;
}
