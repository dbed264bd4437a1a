/**
 * Everything the Dataset panel shows about a prepared split: "What the data says" and a preview
 * (a scatter of points or principal components, or sample images per class). Pure and
 * transferable (typed arrays), so that a worker can compute it for large sets.
 */

import { pcaPreview } from './pca';
import { PLANE_EXTENT } from './plane';
import { type DataStatistics, describeData, sampleIndicesByClass } from './statistics';
import type { LabeledData, SplitDataset } from './types';

/** Points of one part of a scatter preview. */
export interface ScatterPart {
  /** (x, y) pairs. */
  readonly points: Float32Array;
  readonly labels: Uint8Array;
  /** Regression: the target of each point, for its colour. */
  readonly targets?: Float32Array;
}

/** A 2-D scatter: the plane itself, the two features, or the first two principal components. */
export interface ScatterPreview {
  readonly kind: 'scatter';
  /** 'plane': fixed [-1.2, 1.2]² axes, the boundary's; 'features' or 'pca': axes fitted to the data. */
  readonly axes: 'plane' | 'features' | 'pca';
  /** Feature names ('plane', 'features'); empty for 'pca', whose axes the page words from varianceShares. */
  readonly axisLabels: readonly [string, string];
  /** 'pca': the share of the variance each of the two components explains, 0..1; else null. */
  readonly varianceShares: readonly [number, number] | null;
  /** Half the side of the square shown, centred on the origin (the data's scale). */
  readonly extent: number;
  readonly train: ScatterPart;
  readonly test: ScatterPart;
  /** Points left out of the preview to keep it light (every training and test point still trains). */
  readonly omittedCount: number;
}

/** Sample images of each class, pixels as 0..255 grey levels. */
export interface ImagePreview {
  readonly kind: 'images';
  readonly height: number;
  readonly width: number;
  /** Images shown per class (a row each). */
  readonly perClass: number;
  /** numClasses × perClass images of height × width bytes, class after class; missing images stay 0. */
  readonly pixels: Uint8ClampedArray;
  /** How many images each class row really holds. */
  readonly sampleCounts: readonly number[];
}

/** What the panel shows about a data set. */
export interface DatasetAnalysis {
  readonly statistics: DataStatistics;
  readonly preview: ScatterPreview | ImagePreview;
  readonly classNames: readonly string[];
  readonly featureNames: readonly string[];
  readonly exampleShape: readonly number[];
}

/** Names shown with an analysis. */
export interface AnalysisNames {
  readonly classNames?: readonly string[];
  readonly featureNames?: readonly string[];
  /** Points lie on the app's plane (toys, regression, drawn points): fixed axes. */
  readonly isOnPlane: boolean;
}

/** Most points a scatter preview draws: more blur into a blot and cost time on every repaint. */
export const MAX_PREVIEW_POINTS = 2500;
/** Sample images per class in an image preview. */
export const IMAGES_PER_CLASS = 8;

/** Evenly spaced indices of at most `limit` of `count` examples. */
function evenIndices(count: number, limit: number): number[] {
  const stride = Math.max(1, Math.ceil(count / limit));
  const indices: number[] = [];
  for (let i = 0; i < count; i += stride) indices.push(i);
  return indices;
}

/** A scatter part from coordinates (pairs per example) of the chosen examples of `data`. */
function scatterPart(data: LabeledData, coordinates: Float32Array, indices: readonly number[]): ScatterPart {
  const points = new Float32Array(indices.length * 2);
  const labels = new Uint8Array(indices.length);
  const sourceTargets = data.targets;
  const targets = sourceTargets ? new Float32Array(indices.length) : undefined;
  indices.forEach((source, i) => {
    points[2 * i] = coordinates[2 * source] as number;
    points[2 * i + 1] = coordinates[2 * source + 1] as number;
    labels[i] = data.labels[source] as number;
    if (targets && sourceTargets) targets[i] = sourceTargets[source] as number;
  });
  return targets ? { points, labels, targets } : { points, labels };
}

/** The first two features of each example as coordinate pairs (a single feature gets y = 0). */
function firstTwoFeatures(data: LabeledData, numFeatures: number): Float32Array {
  const coordinates = new Float32Array(data.count * 2);
  for (let i = 0; i < data.count; i++) {
    coordinates[2 * i] = data.features[i * numFeatures] as number;
    coordinates[2 * i + 1] = numFeatures > 1 ? (data.features[i * numFeatures + 1] as number) : 0;
  }
  return coordinates;
}

/** Half the side of a square around the origin that holds every coordinate, with a 5% margin. */
function fittedExtent(...coordinateSets: Float32Array[]): number {
  let largest = 0;
  for (const coordinates of coordinateSets)
    for (const value of coordinates) if (Number.isFinite(value)) largest = Math.max(largest, Math.abs(value));
  return largest > 0 ? largest * 1.05 : 1;
}

function scatterPreview(data: SplitDataset, names: AnalysisNames): ScatterPreview {
  const { train, test, numFeatures } = data;
  let axes: ScatterPreview['axes'];
  let axisLabels: readonly [string, string] = ['', ''];
  let varianceShares: readonly [number, number] | null = null;
  let trainXY: Float32Array;
  let testXY: Float32Array;
  if (names.isOnPlane || numFeatures <= 2) {
    axes = names.isOnPlane ? 'plane' : 'features';
    axisLabels = [names.featureNames?.[0] ?? 'x', names.featureNames?.[1] ?? 'y'];
    trainXY = firstTwoFeatures(train, numFeatures);
    testXY = firstTwoFeatures(test, numFeatures);
  } else {
    const pca = pcaPreview(data);
    axes = 'pca';
    varianceShares = pca.pca.explainedRatios;
    trainXY = pca.train;
    testXY = pca.test;
  }
  const total = train.count + test.count;
  const trainShare = total > 0 ? train.count / total : 1;
  const trainIndices = evenIndices(train.count, Math.ceil(MAX_PREVIEW_POINTS * trainShare));
  const testIndices = evenIndices(test.count, Math.ceil(MAX_PREVIEW_POINTS * (1 - trainShare)));
  return {
    kind: 'scatter',
    axes,
    axisLabels,
    varianceShares,
    extent: axes === 'plane' ? PLANE_EXTENT : fittedExtent(trainXY, testXY),
    train: scatterPart(train, trainXY, trainIndices),
    test: scatterPart(test, testXY, testIndices),
    omittedCount: total - trainIndices.length - testIndices.length,
  };
}

function imagePreview(data: SplitDataset): ImagePreview {
  const [height = 1, width = 1] = data.exampleShape;
  const size = height * width;
  const samples = sampleIndicesByClass(data.train, data.numClasses, IMAGES_PER_CLASS);
  const pixels = new Uint8ClampedArray(data.numClasses * IMAGES_PER_CLASS * size);
  samples.forEach((indices, classIndex) => {
    indices.forEach((example, slot) => {
      const target = (classIndex * IMAGES_PER_CLASS + slot) * size;
      const source = example * data.numFeatures;
      // Only the first channel: the shipped images are grey.
      for (let p = 0; p < size; p++) pixels[target + p] = (data.train.features[source + p] as number) * 255;
    });
  });
  return {
    kind: 'images',
    height,
    width,
    perClass: IMAGES_PER_CLASS,
    pixels,
    sampleCounts: samples.map((indices) => indices.length),
  };
}

/**
 * What the panel shows about a prepared split: statistics and hints (from the training split) and a
 * preview. Image-shaped data ([h, w, c]) previews as sample images; anything else as a scatter.
 */
export function analyseSplit(data: SplitDataset, names: AnalysisNames): DatasetAnalysis {
  const classNames = Array.from(
    { length: data.numClasses },
    (_, index) => names.classNames?.[index] ?? String(index),
  );
  const featureNames = names.featureNames ? [...names.featureNames] : [];
  return {
    statistics: describeData(data, classNames),
    preview: data.exampleShape.length === 3 ? imagePreview(data) : scatterPreview(data, names),
    classNames,
    featureNames,
    exampleShape: data.exampleShape,
  };
}
