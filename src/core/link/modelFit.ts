/**
 * After a link is read: a loss or a layer stack that cannot work on the link's data set is
 * replaced, with a notice, so that every link opens an experiment that can train. A stack and a
 * loss that can run but suit the data poorly are kept: the panels say why, and watching a poor
 * choice fail teaches.
 */
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import type { DatasetConfig, LayerConfig, LossId } from '../experiment/experiment';
import { lossAdvice, naturalLoss } from '../experiment/lossAdvisor';
import { modelInputOf } from '../model/modelInput';
import { summarizeModel } from '../model/modelSummary';
import { outputLayerFor } from '../registries/losses';
import { layersText } from './ingredients';
import { LOSS_URL_VALUES, URL_KEYS } from './keys';

/**
 * The loss and layers of a link, made to fit its data set; `problems` receives a notice for each
 * change. A stack that cannot work is replaced by `fallbackLayers` (the default experiment's, or
 * variant A's for a comparison variant) when they work, else by the default experiment's.
 */
export function fitModelToData(
  dataset: DatasetConfig,
  hiddenLayers: readonly LayerConfig[],
  loss: LossId,
  isLossInLink: boolean,
  problems: string[],
  fallbackLayers: readonly LayerConfig[] = DEFAULT_EXPERIMENT.model.hiddenLayers,
): { hiddenLayers: readonly LayerConfig[]; loss: LossId } {
  const input = modelInputOf(dataset);
  if (!input) return { hiddenLayers, loss };
  let fittingLoss = loss;
  const advice = lossAdvice(loss, input);
  if (advice.fit === 'blocked') {
    fittingLoss = naturalLoss(input.task, input.numClasses);
    // A left-out loss is the default experiment's, made for classes: changing it needs no notice.
    if (isLossInLink)
      problems.push(
        `${URL_KEYS.loss} ${LOSS_URL_VALUES[loss]}: ${advice.text} Used ${LOSS_URL_VALUES[fittingLoss]}`,
      );
  }
  const output = outputLayerFor(input.numClasses, fittingLoss, input.task);
  const works = (layers: readonly LayerConfig[]): boolean =>
    summarizeModel(input.exampleShape, layers, output).problems.length === 0;
  const summary = summarizeModel(input.exampleShape, hiddenLayers, output);
  if (summary.problems.length === 0) return { hiddenLayers, loss: fittingLoss };
  const fallback = works(fallbackLayers) ? fallbackLayers : DEFAULT_EXPERIMENT.model.hiddenLayers;
  const reasons = summary.problems
    .map(({ layerIndex, message }) =>
      layerIndex === null || layerIndex >= hiddenLayers.length
        ? message
        : `layer ${layerIndex + 1}: ${message}`,
    )
    .join(' ');
  problems.push(`${URL_KEYS.layers} cannot work on this data set (${reasons}); used ${layersText(fallback)}`);
  return { hiddenLayers: fallback, loss: fittingLoss };
}
