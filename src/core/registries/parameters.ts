/** Description of one numeric setting: bounds, default and how a person enters it. */
export interface NumberParameterSpec {
  readonly kind: 'number';
  readonly key: string;
  readonly label: string;
  /** One line for learners. */
  readonly help: string;
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
  readonly label: string;
  readonly help: string;
  readonly defaultValue: boolean;
}

/** Any hyper-parameter description. */
export type ParameterSpec = NumberParameterSpec | BooleanParameterSpec;
