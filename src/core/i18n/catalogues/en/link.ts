/** English texts of the link area; keys start with "link.". */
export const linkEn = {
  'link.seedCount.label': 'Seeds per variant',
  'link.seedCount.help': 'Each variant trains once per seed; the chart shows the mean and the min-max band.',
  'link.smoothing.label': 'Smoothing',
  'link.smoothing.help': 'Exponential-moving-average weight: 0 draws the raw curve.',
  'link.targetAccuracy.label': 'Target test accuracy (%)',
  'link.targetAccuracy.help': 'The summary table reports the first epoch reaching it.',
} as const;
