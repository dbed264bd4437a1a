/** Words and numbers the Model panel shows for a layer: its shape, its parameters, its input. */
import type { ModelInput } from '../../core/model/modelInput';
import { type LayerSummary, shapeText } from '../../core/model/modelSummary';
import { groupDigits } from '../../core/util/numberText';

/** What leaves a layer and what it learns, e.g. "→ 8×8×8 · 80 parameters", or "→ ?" after a problem. */
export function layerShapeText(layer: LayerSummary): string {
  if (!layer.outputShape) return '→ ?';
  const parameters = `${groupDigits(layer.trainableCount)} ${layer.trainableCount === 1 ? 'parameter' : 'parameters'}`;
  const running =
    layer.nonTrainableCount > 0 ? ` (+${groupDigits(layer.nonTrainableCount)} running statistics)` : '';
  const flattened =
    layer.flattensInput && layer.inputShape
      ? ` (reads the ${shapeText(layer.inputShape)} image as one row)`
      : '';
  return `→ ${shapeText(layer.outputShape)} · ${parameters}${running}${flattened}`;
}

/** The network's input in words: "2 features (x, y)", "rows of 4 features", "8×8×1 images". */
export function inputText(input: ModelInput | null, isOnPlane: boolean): string {
  if (!input) return 'your data, once it is loaded';
  if (input.exampleShape.length === 3) return `${shapeText(input.exampleShape)} images`;
  const features = input.exampleShape[0] ?? 0;
  return isOnPlane && features === 2 ? '2 features (x, y)' : `rows of ${groupDigits(features)} features`;
}
