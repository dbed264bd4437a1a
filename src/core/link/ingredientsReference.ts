/** Rows of the link reference for the model's layers, the learning-rate schedule and gradient clipping, in English (the README's language). */
import { DEFAULT_EXPERIMENT } from '../experiment/defaults';
import { en } from '../i18n/catalogues/en';
import { ACTIVATION_IDS } from '../registries/activations';
import { INITIALIZER_IDS } from '../registries/initializers';
import {
  DROPOUT_RATE_SPEC,
  FILTERS_SPEC,
  KERNEL_SIZE_SPEC,
  POOL_SIZE_SPEC,
  STRIDE_SPEC,
} from '../registries/layers';
import type { NumberParameterSpec } from '../registries/parameters';
import { CLIP_NORM_SPEC, SCHEDULE_IDS, SCHEDULES } from '../registries/schedules';
import { MODEL_LIMITS } from '../registries/training';
import { formatNumber } from '../util/numberText';
import { layersText } from './ingredients';
import { NO_LAYERS, SCHEDULE_URL_VALUES, scheduleParamUrlKeys, URL_KEYS } from './keys';

const code = (text: string): string => `\`${text}\``;

const range = (spec: NumberParameterSpec): string =>
  `${spec.isInteger ? 'whole number' : 'number'} ${formatNumber(spec.min)} to ${formatNumber(spec.max)}`;

/** The `layers` row: every layer kind's syntax and bounds. */
export function layersRow(): string {
  const activations = ACTIVATION_IDS.map((id) => code(id.toLowerCase())).join(', ');
  const values = [
    `comma-separated layers, input to output, at most ${MODEL_LIMITS.maxHiddenLayers}, or ${code(NO_LAYERS)}:`,
    `dense ${code('units-activation')} (units ${MODEL_LIMITS.minUnits} to ${MODEL_LIMITS.maxUnits});`,
    `Conv2D ${code('conv<filters>k<kernel>s<stride><padding>-activation')} (filters ${FILTERS_SPEC.min} to ${FILTERS_SPEC.max}, kernel ${KERNEL_SIZE_SPEC.min} to ${KERNEL_SIZE_SPEC.max}, stride ${STRIDE_SPEC.min} to ${STRIDE_SPEC.max}, padding ${code('same')} or ${code('valid')});`,
    `${code('maxpool<size>')}, ${code('avgpool<size>')} (size ${POOL_SIZE_SPEC.min} to ${POOL_SIZE_SPEC.max});`,
    `${code('flatten')}; ${code('dropout<rate>')} (rate ${formatNumber(DROPOUT_RATE_SPEC.min)} to ${formatNumber(DROPOUT_RATE_SPEC.max)}); ${code('batchnorm')}.`,
    `Activation ${activations}.`,
    `Dense and Conv2D may add ${INITIALIZER_IDS.map(code).join(', ')} (initialiser, default glorot) and ${code('l1_<strength>')}, ${code('l2_<strength>')} (own regularization, 0 to 1), e.g. ${code('conv8k3s1same-relu-he-l1_0-l2_0.001')}`,
  ].join(' ');
  return `| ${code(URL_KEYS.layers)} | Hidden layers | ${values} | ${code(layersText(DEFAULT_EXPERIMENT.model.hiddenLayers))} |`;
}

/** The rows of `sched`, its settings and `clipnorm`. */
export function scheduleAndClippingRows(): string[] {
  const schedules = SCHEDULE_IDS.map(
    (id) => `${code(SCHEDULE_URL_VALUES[id])} (${en[SCHEDULES[id].label]})`,
  ).join(', ');
  const rows = [
    `| ${code(URL_KEYS.schedule)} | Learning-rate schedule | ${schedules} | ${code('constant')} |`,
  ];
  for (const [urlKey, uses] of scheduleParamUrlKeys()) {
    const spec = uses[0]?.spec;
    const label = spec ? en[spec.label] : urlKey;
    const users = uses.map((use) => SCHEDULE_URL_VALUES[use.id]).join(', ');
    // Defaults shared by several schedules are said once: "`100` (step, exp); `500` (cosine)".
    const byDefault = new Map<string, string[]>();
    for (const use of uses) {
      const text = code(formatNumber(use.spec.defaultValue));
      byDefault.set(text, [...(byDefault.get(text) ?? []), SCHEDULE_URL_VALUES[use.id]]);
    }
    const defaultText =
      byDefault.size === 1
        ? [...byDefault.keys()].join('')
        : [...byDefault].map(([text, ids]) => `${text} (${ids.join(', ')})`).join('; ');
    rows.push(
      `| ${code(urlKey)} | ${label} (${users}) | ${range(uses[0]?.spec ?? CLIP_NORM_SPEC)} | ${defaultText} |`,
    );
  }
  rows.push(
    `| ${code(URL_KEYS.clipNorm)} | Gradient clipping: largest global norm | ${range(CLIP_NORM_SPEC)}, or ${code('off')} | ${code('off')} (left out) |`,
  );
  return rows;
}

/** What a link's model becomes when it cannot work on the link's data set. */
export function modelFitNote(): string {
  return (
    `A ${code(URL_KEYS.layers)} stack that cannot work on the link's data set (a Conv2D on points, a dense layer ` +
    `right after a convolution) is replaced by ${code(layersText(DEFAULT_EXPERIMENT.model.hiddenLayers))}, and a ` +
    `classification loss on a regression set by ${code('mse')}, each with a notice; a loss that runs but suits the ` +
    'data poorly is kept.'
  );
}
