import type { MessageKey } from '../i18n/catalogue';

/** What the charts' x-axis measures: epochs, training examples seen, or wall-clock seconds of training. */
export type ChartXAxis = 'epochs' | 'examples' | 'time';

/** How the curves are drawn; part of a shared link. */
export interface ChartOptions {
  readonly xAxis: ChartXAxis;
  /** Exponential-moving-average weight, 0 (raw) to 0.99; the raw curve stays faint behind. */
  readonly smoothing: number;
  readonly isLogScale: boolean;
}

/** The x-axis choices in display order, with the catalogue keys of their labels and axis names. */
export const CHART_X_AXES: readonly {
  readonly id: ChartXAxis;
  readonly label: MessageKey;
  readonly unit: MessageKey;
}[] = [
  { id: 'epochs', label: 'charts.axis.epochs', unit: 'charts.unit.epochs' },
  { id: 'examples', label: 'charts.axis.examples', unit: 'charts.unit.examples' },
  { id: 'time', label: 'charts.axis.time', unit: 'charts.unit.time' },
];

/** Bounds of the smoothing weight. */
export const SMOOTHING_LIMITS = { min: 0, max: 0.99 } as const;

/** Per-epoch curves start raw; TensorBoard's 0.6 suits noisier per-batch curves. */
export const DEFAULT_CHART_OPTIONS: ChartOptions = { xAxis: 'epochs', smoothing: 0, isLogScale: false };

/** The x value of an epoch on the chosen axis. */
export function xValue(axis: ChartXAxis, epoch: number, elapsedMs: number, trainingSetSize: number): number {
  switch (axis) {
    case 'epochs':
      return epoch;
    case 'examples':
      return epoch * trainingSetSize;
    case 'time':
      return elapsedMs / 1000;
  }
}

/** Whether a value can stand on a log y-axis, which has no place for zero, negatives or NaN. */
export const isPositiveFinite = (value: number): boolean => Number.isFinite(value) && value > 0;
