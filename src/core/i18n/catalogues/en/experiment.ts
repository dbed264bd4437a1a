/** English texts of the experiment area (its validation rules); keys start with "experiment.". */
export const experimentEn = {
  'experiment.bounds.whole': '{name} must be a whole number from {min} to {max}.',
  'experiment.bounds.number': '{name} must be a number from {min} to {max}.',
  'experiment.bounds.wholeToTrainingSet':
    '{name} must be a whole number from {min} to the training-set size ({limit}).',
  'experiment.bounds.numberToTrainingSet':
    '{name} must be a number from {min} to the training-set size ({limit}).',
  'experiment.empty': '{name} is empty. {bounds}',
  'experiment.notNumber': "'{text}' is not a number. {bounds}",
  'experiment.notFinite': "'{text}' is not a finite number. {bounds}",
  // "one of A, B or C": the separator between all but the last two, then the whole phrase.
  'experiment.listSeparator': ', ',
  'experiment.oneOf': 'one of {list} or {last}',
  'experiment.fieldOfLayer': '{label} of layer {number}',
  'experiment.layerKind': 'Layer {number} must be {choices}.',
  'experiment.layerActivation': 'Activation of layer {number} must be {choices}.',
  'experiment.layerInitializer': 'Initialiser of layer {number} must be {choices}.',
  'experiment.layerPadding': "Padding of layer {number} must be 'valid' or 'same'.",
  'experiment.tooManyLayers': 'A model can have at most {max} hidden layers.',
  'experiment.customClasses': 'Own data must have 2 to {max} classes.',
  'experiment.fixedRegression': '{dataset} is a regression set (1 output), not {count}.',
  'experiment.fixedClasses': '{dataset} has {fixed} classes, not {count}.',
  'experiment.datasetChoice': 'Data set must be {choices}.',
  'experiment.lossChoice': 'Loss must be {choices}.',
  'experiment.optimizerChoice': 'Optimizer must be {choices}.',
  'experiment.scheduleChoice': 'Schedule must be {choices}.',
  'experiment.noSetting': "{owner} has no setting '{key}'.",
  'experiment.onOrOff': '{name} must be on or off.',
} as const;
