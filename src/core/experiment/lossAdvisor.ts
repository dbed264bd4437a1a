/** Plain advice on how a loss fits the data set and the output layer it implies. */

import type { ModelInput } from '../model/modelInput';
import { LOSSES, outputLayerFor } from '../registries/losses';
import type { LossId } from './experiment';

/** How well a loss fits: made for it, fine, runs but poorly suited, or cannot mean anything here. */
export type LossFit = 'natural' | 'works' | 'mismatch' | 'blocked';

/** The advisor's verdict and its explanation. */
export interface LossAdvice {
  readonly fit: LossFit;
  readonly text: string;
}

const REGRESSION_LOSSES = 'mean squared error, mean absolute error or Huber';

/** The output layer in words, e.g. "1 sigmoid unit" or "3 softmax units". */
function outputWords(units: number, activation: string): string {
  return `${units} ${activation} ${units === 1 ? 'unit' : 'units'}`;
}

/** Advice for `loss` on `input` (null: the data set's shape is not known yet). */
export function lossAdvice(loss: LossId, input: ModelInput | null): LossAdvice {
  const { label } = LOSSES[loss];
  if (!input)
    return { fit: 'works', text: `${label}: the output layer will follow your data once it is loaded.` };
  const output = outputLayerFor(input.numClasses, loss, input.task);
  const outputText = outputWords(output.units, output.activation);
  if (input.task === 'regression') {
    if (LOSSES[loss].madeFor === 'classification') {
      return {
        fit: 'blocked',
        text: `${label} compares class predictions, but this data set has a real-valued target: choose ${REGRESSION_LOSSES}.`,
      };
    }
    const why =
      loss === 'meanSquaredError'
        ? 'large misses cost most'
        : loss === 'meanAbsoluteError'
          ? 'every unit of error costs the same, so outliers pull less'
          : 'squared near the target, absolute far from it';
    return { fit: 'natural', text: `One real target, ${outputText}; ${why}.` };
  }
  const k = input.numClasses;
  switch (loss) {
    case 'binaryCrossentropy':
      return k === 2
        ? {
            fit: 'natural',
            text: `Two classes, ${outputText} read as the probability of class 1.`,
          }
        : {
            fit: 'mismatch',
            text: `It treats ${k} classes as ${k} separate yes/no questions (${outputText}): categorical cross-entropy with a softmax output suits one class per example better.`,
          };
    case 'categoricalCrossentropy':
      return k === 2
        ? {
            fit: 'works',
            text: `${outputText}, one probability per class. Binary cross-entropy does the same with one sigmoid unit.`,
          }
        : { fit: 'natural', text: `${k} classes, ${outputText}, one probability per class.` };
    case 'meanSquaredError':
    case 'meanAbsoluteError':
    case 'huber':
      return {
        fit: 'mismatch',
        text: `${label} is made for regression; on ${outputText} it runs, but cross-entropy usually learns classes faster. Watch the curves.`,
      };
    case 'hinge':
    case 'squaredHinge':
      return {
        fit: 'works',
        text: `Targets become −1 and +1 on ${outputText}, as in a support vector machine; the class is read from the ${k === 2 ? 'sign of the score' : 'largest score'}.`,
      };
    default:
      throw new Error(`Unknown loss: ${String(loss satisfies never)}`);
  }
}

/** The loss a data set's task suggests: mean squared error for regression, cross-entropy for classes. */
export function naturalLoss(task: 'classification' | 'regression', numClasses: number): LossId {
  if (task === 'regression') return 'meanSquaredError';
  return numClasses === 2 ? 'binaryCrossentropy' : 'categoricalCrossentropy';
}

/**
 * The loss to keep when the data set changes: the same one, unless it cannot work on the new data
 * or was a natural fit that no longer is (binary cross-entropy going from 2 classes to 10); a poor
 * fit the person chose on purpose is theirs to keep.
 */
export function lossForNewData(loss: LossId, before: ModelInput | null, after: ModelInput | null): LossId {
  if (!after) return loss;
  const now = lossAdvice(loss, after).fit;
  const was = before ? lossAdvice(loss, before).fit : 'natural';
  if (now === 'blocked' || (was === 'natural' && now !== 'natural'))
    return naturalLoss(after.task, after.numClasses);
  return loss;
}
