/** Words and numbers the Model panel shows for a layer: its shape, its parameters, its input. */
import { plural, t } from '../../core/i18n/translate';
import type { ModelInput } from '../../core/model/modelInput';
import { type LayerSummary, shapeText } from '../../core/model/modelSummary';
import { groupDigits } from '../../core/util/numberText';

/** What leaves a layer and what it learns, e.g. "→ 8×8×8 · 80 parameters", or "→ ?" after a problem. */
export function layerShapeText(layer: LayerSummary): string {
  if (!layer.outputShape) return '→ ?';
  const parameters = plural('model.parameters', layer.trainableCount, {
    count: groupDigits(layer.trainableCount),
  });
  const running =
    layer.nonTrainableCount > 0
      ? t('model.runningStatistics', { count: groupDigits(layer.nonTrainableCount) })
      : '';
  const flattened =
    layer.flattensInput && layer.inputShape
      ? t('model.readsAsRow', { shape: shapeText(layer.inputShape) })
      : '';
  return `→ ${shapeText(layer.outputShape)} · ${parameters}${running}${flattened}`;
}

/** The network's input in words: "2 features (x, y)", "rows of 4 features", "8×8×1 images". */
export function inputText(input: ModelInput | null, isOnPlane: boolean): string {
  if (!input) return t('model.inputPending');
  if (input.exampleShape.length === 3)
    return t('model.inputImages', { shape: shapeText(input.exampleShape) });
  const features = input.exampleShape[0] ?? 0;
  return isOnPlane && features === 2
    ? t('model.inputPlane')
    : t('model.inputRows', { count: groupDigits(features) });
}
