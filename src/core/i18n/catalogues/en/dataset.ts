/** English texts of the dataset area; keys start with "dataset.". */
export const datasetEn = {
  'dataset.noise.label': 'Noise',
  'dataset.noise.help': 'How far points stray from the clean shape.',
  'dataset.numPoints.label': 'Points',
  'dataset.numPoints.help': 'Training plus test points.',
  'dataset.trainFraction.label': 'Training share',
  'dataset.trainFraction.help': 'Share of the examples used for training; the rest measures generalisation.',
  'dataset.seed.label': 'Data seed',
  'dataset.seed.help': 'Same seed, same points and same split.',
  'dataset.numClasses.label': 'Classes',
  'dataset.numClasses.help': 'Number of classes (blobs or spiral arms).',
  'dataset.arms.label': 'Arms',
  'dataset.arms.help': 'Number of spiral arms, one class each.',
  'dataset.blobs.help': 'Number of blobs, one class each.',
} as const;
