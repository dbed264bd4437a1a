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
import type { LinkProblem } from './problems';

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
  problems: LinkProblem[],
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
      problems.push({
        key: 'link.lossBlocked',
        params: {
          name: URL_KEYS.loss,
          loss: LOSS_URL_VALUES[loss],
          advice: advice.text,
          fitting: LOSS_URL_VALUES[fittingLoss],
        },
      });
  }
  const output = outputLayerFor(input.numClasses, fittingLoss, input.task);
  const works = (layers: readonly LayerConfig[]): boolean =>
    summarizeModel(input.exampleShape, layers, output).problems.length === 0;
  const summary = summarizeModel(input.exampleShape, hiddenLayers, output);
  if (summary.problems.length === 0) return { hiddenLayers, loss: fittingLoss };
  const fallback = works(fallbackLayers) ? fallbackLayers : DEFAULT_EXPERIMENT.model.hiddenLayers;
  const reasons = summary.problems.map(
    ({ layerIndex, message }): LinkProblem =>
      layerIndex === null || layerIndex >= hiddenLayers.length
        ? { key: 'link.asWritten', params: { text: message } }
        : { key: 'link.layerReason', params: { number: layerIndex + 1, reason: message } },
  );
  problems.push({
    key: 'link.layersCannotWork',
    params: { name: URL_KEYS.layers, reasons, fallback: layersText(fallback) },
  });
  return { hiddenLayers: fallback, loss: fittingLoss };
}
