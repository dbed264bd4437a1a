/** Plain advice on how a loss fits the data set and the output layer it implies. */

import type { MessageKey } from '../i18n/catalogue';
import { plural, t } from '../i18n/translate';
import type { ModelInput } from '../model/modelInput';
import { LOSSES, outputLayerFor } from '../registries/losses';
import type { LossId } from './experiment';

/** How well a loss fits: made for it, fine, runs but poorly suited, or cannot mean anything here. */
export type LossFit = 'natural' | 'works' | 'mismatch' | 'blocked';

/** The advisor's verdict and its explanation (made in the page's language: a cache of it keys on languageVersion()). */
export interface LossAdvice {
  readonly fit: LossFit;
  readonly text: string;
}

/** The output layer in words, e.g. "1 sigmoid unit" or "3 softmax units". */
const outputWords = (units: number, activation: string): string =>
  plural('loss.advice.outputUnits', units, { activation });

/** Why a regression loss suits a real-valued target. */
const REGRESSION_REASONS: Readonly<Partial<Record<LossId, MessageKey>>> = {
  meanSquaredError: 'loss.advice.why.meanSquaredError',
  meanAbsoluteError: 'loss.advice.why.meanAbsoluteError',
  huber: 'loss.advice.why.huber',
};

/** Advice for `loss` on `input` (null: the data set's shape is not known yet), in the page's language. */
export function lossAdvice(loss: LossId, input: ModelInput | null): LossAdvice {
  const label = t(LOSSES[loss].label);
  if (!input) return { fit: 'works', text: t('loss.advice.pending', { loss: label }) };
  const output = outputLayerFor(input.numClasses, loss, input.task);
  const outputText = outputWords(output.units, output.activation);
  if (input.task === 'regression') {
    if (LOSSES[loss].madeFor === 'classification')
      return { fit: 'blocked', text: t('loss.advice.regressionBlocked', { loss: label }) };
    const why = t(REGRESSION_REASONS[loss] ?? 'loss.advice.why.huber');
    return { fit: 'natural', text: t('loss.advice.regression', { output: outputText, why }) };
  }
  const count = input.numClasses;
  const words = { output: outputText, count, loss: label };
  switch (loss) {
    case 'binaryCrossentropy':
      return count === 2
        ? { fit: 'natural', text: t('loss.advice.binaryTwo', words) }
        : { fit: 'mismatch', text: t('loss.advice.binaryMany', words) };
    case 'categoricalCrossentropy':
      return count === 2
        ? { fit: 'works', text: t('loss.advice.categoricalTwo', words) }
        : { fit: 'natural', text: t('loss.advice.categoricalMany', words) };
    case 'meanSquaredError':
    case 'meanAbsoluteError':
    case 'huber':
      return { fit: 'mismatch', text: t('loss.advice.regressionOnClasses', words) };
    case 'hinge':
    case 'squaredHinge':
      return {
        fit: 'works',
        text: t(count === 2 ? 'loss.advice.hingeTwo' : 'loss.advice.hingeMany', words),
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
