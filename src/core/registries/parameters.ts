import type { MessageKey } from '../i18n/catalogue';

/** Description of one numeric setting: bounds, default and how a person enters it. */
export interface NumberParameterSpec {
  readonly kind: 'number';
  readonly key: string;
  readonly label: MessageKey;
  /** One line for learners. */
  readonly help: MessageKey;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly isInteger: boolean;
  /** Log scale suits parameters spanning orders of magnitude (learning rate, epsilon). */
  readonly scale: 'linear' | 'log';
  readonly step?: number;
}

/** Description of one on/off setting. */
export interface BooleanParameterSpec {
  readonly kind: 'boolean';
  readonly key: string;
  readonly label: MessageKey;
  readonly help: MessageKey;
  readonly defaultValue: boolean;
}

/** Any hyper-parameter description. */
export type ParameterSpec = NumberParameterSpec | BooleanParameterSpec;
