/** An optimizer's hyper-parameters, checked and completed from the registry: shared by both engines. */
import type { HyperParameterValue, OptimizerId } from '../../core/experiment/experiment';
import { OPTIMIZERS } from '../../core/registries/optimizers';

/** Hyper-parameter values by the registry's keys. */
export type OptimizerParams = Readonly<Record<string, HyperParameterValue>>;

/** The number values and flags of an optimizer, defaults filled in from the registry. */
export function resolveParams(
  id: OptimizerId,
  current: Readonly<Record<string, HyperParameterValue>>,
  update: OptimizerParams,
): Record<string, HyperParameterValue> {
  const resolved: Record<string, HyperParameterValue> = {};
  for (const spec of OPTIMIZERS[id].parameters) {
    const value = update[spec.key] ?? current[spec.key] ?? spec.defaultValue;
    const isValid = spec.kind === 'boolean' ? typeof value === 'boolean' : Number.isFinite(value);
    if (!isValid) throw new Error(`${id}: ${spec.key} must be a ${spec.kind}, got ${value}.`);
    resolved[spec.key] = value;
  }
  return resolved;
}
