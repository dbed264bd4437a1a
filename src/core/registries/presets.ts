import type { LayerConfig } from '../experiment/experiment';
import type { MessageKey } from '../i18n/catalogue';
import { isImageShape, type ModelInput } from '../model/modelInput';

/** Id of a ready-made model. */
export type ModelPresetId = 'logistic' | 'smallMlp' | 'deepMlp' | 'lenet';

/** Registry entry of a ready-made model: its layers for an input, or why it does not apply there. */
export interface ModelPresetSpec {
  readonly id: ModelPresetId;
  readonly label: MessageKey;
  /** One line for learners. */
  readonly description: MessageKey;
  readonly layersFor: (input: ModelInput) => { layers: LayerConfig[] } | { unavailable: MessageKey };
}

const dense = (units: number, activation: 'relu' | 'tanh' = 'relu'): LayerConfig => ({
  kind: 'dense',
  units,
  activation,
});

const conv = (filters: number, kernelSize: number, padding: 'same' | 'valid'): LayerConfig => ({
  kind: 'conv2d',
  filters,
  kernelSize,
  stride: 1,
  padding,
  activation: 'relu',
  initializer: 'he',
});

const maxPool: LayerConfig = { kind: 'maxPool2d', poolSize: 2 };

/**
 * LeNet-5's shape (conv-pool-conv-pool-flatten-dense) sized to the image: the classic 5×5 kernels,
 * 6 and 16 filters and dense 120-84 from 28×28 up; 3×3 kernels and one dense layer of 32 on smaller
 * images such as the 8×8 digits, where two 5×5 kernels would not fit.
 */
function lenetLayers(height: number, width: number): LayerConfig[] {
  if (Math.min(height, width) >= 28) {
    return [
      conv(6, 5, 'same'),
      maxPool,
      conv(16, 5, 'valid'),
      maxPool,
      { kind: 'flatten' },
      dense(120),
      dense(84),
    ];
  }
  return [conv(8, 3, 'same'), maxPool, conv(16, 3, 'same'), maxPool, { kind: 'flatten' }, dense(32)];
}

/** The presets of the Model panel, simplest first. */
export const MODEL_PRESETS: Readonly<Record<ModelPresetId, ModelPresetSpec>> = {
  logistic: {
    id: 'logistic',
    label: 'model.logistic.label',
    description: 'model.logistic.description',
    layersFor: () => ({ layers: [] }),
  },
  smallMlp: {
    id: 'smallMlp',
    label: 'model.smallMlp.label',
    description: 'model.smallMlp.description',
    layersFor: () => ({ layers: [dense(16), dense(16)] }),
  },
  deepMlp: {
    id: 'deepMlp',
    label: 'model.deepMlp.label',
    description: 'model.deepMlp.description',
    layersFor: () => ({ layers: [dense(32), dense(32), dense(32), dense(32)] }),
  },
  lenet: {
    id: 'lenet',
    label: 'model.lenet.label',
    description: 'model.lenet.description',
    layersFor: (input) => {
      const [height = 0, width = 0] = input.exampleShape;
      if (!isImageShape(input.exampleShape)) return { unavailable: 'model.lenet.unavailable' };
      return { layers: lenetLayers(height, width) };
    },
  },
};

/** The preset ids in display order. */
export const MODEL_PRESET_IDS = Object.keys(MODEL_PRESETS) as ModelPresetId[];
