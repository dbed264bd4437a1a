/**
 * Which runs the plain-JavaScript engine takes: dense stacks (with dropout and flatten, which it
 * computes exactly as the tfjs engine does) small enough that tfjs's fixed cost per op outweighs
 * JavaScript's slower arithmetic. A step costs JavaScript about parameters × batch size
 * multiply-adds, and tfjs a fixed cost per op plus the same arithmetic at SIMD speed, so the bound
 * is on that product, at the measured break-even (see docs/decisions/engines.md).
 */
import type { NetworkLayout } from '../shared/networkLayout';
import { JS_LAYER_KINDS } from './model';

/** Most parameters × batch size (the multiply-adds of one forward step) the JavaScript engine takes on. */
export const JS_MAX_STEP_WORK = 40_000;
/** Most trainable parameters the JavaScript engine takes on, whatever the batch: also bounds a boundary's cost. */
export const JS_MAX_PARAMETERS = 5_000;
/** Most input features the JavaScript engine takes on. */
export const JS_MAX_FEATURES = 64;

/** True when every layer is one the JavaScript engine computes (dense, dropout, flatten), whatever the size. */
export function canComputeInJs(layout: NetworkLayout): boolean {
  return layout.layers.every((layer) => JS_LAYER_KINDS.has(layer.kind));
}

/** True when the plain-JavaScript engine can train `layout` at `batchSize` and is the faster engine for it. */
export function canTrainInJs(layout: NetworkLayout, batchSize: number): boolean {
  return (
    canComputeInJs(layout) &&
    layout.parameterCount <= JS_MAX_PARAMETERS &&
    layout.parameterCount * Math.max(1, batchSize) <= JS_MAX_STEP_WORK &&
    layout.numFeatures <= JS_MAX_FEATURES
  );
}
