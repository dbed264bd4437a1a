/**
 * English texts of the link area; keys start with "link.". Link words (`lr`, `layers`, `data
 * 'custom'`) stay as written in every language: they are what a person types in the address.
 */
export const linkEn = {
  // The page's words about links: Copy link, the banner of an opened link's problems, a locked part.
  'link.copyLink': 'Copy link',
  'link.copied': 'Link copied to the clipboard.',
  'link.copiedWithNote': 'Link copied to the clipboard. {note}',
  'link.clipboardFailed': 'Could not reach the clipboard: copy the address bar instead.',
  'link.bannerTitle': 'Parts of this link could not be used',
  'link.dismiss': 'Dismiss',
  'link.lockedByLink': 'Locked by this link',

  // What reading a link did with a value it could not use as written.
  'link.asWritten': '{text}',
  'link.empty': '{name} is empty; kept {kept}',
  'link.notNumber': '{name} {value} is not a number; kept {kept}',
  'link.notFinite': '{name} {value} is not a finite number; kept {kept}',
  'link.notWhole': '{name} {value} is not a whole number; rounded to {rounded}',
  'link.belowMin': '{name} {value} is below the minimum {min}; clamped to {min}',
  'link.aboveMax': '{name} {value} is above the maximum {max}; clamped to {max}',
  'link.unknownWord': '{name} {value} is not a known {what} ({choices}); kept {kept}',
  'link.what.dataset': 'data set',
  'link.what.loss': 'loss',
  'link.what.optimizer': 'optimizer',
  'link.what.schedule': 'schedule',
  'link.what.xAxis': 'x-axis',
  'link.notFlag': '{name} {value} is not 1 or 0; kept {kept}',
  'link.notBoolean': '{name} {value} is not true or false; kept {kept}',
  'link.notApplicable': '{name} does not apply to {owner}; ignored',
  'link.batchAboveTrainingSet': '{name} {value} is above the training-set size ({limit}); clamped to {limit}',
  'link.tooLong':
    "the link's settings are too long ({length} characters, at most {max}); showing the default experiment",
  'link.brokenEscape': '{piece} has a broken %-escape; ignored',
  'link.keyTooLong': 'a key of {length} characters (at most {max}) ignored',
  'link.valueTooLong': '{key} has a value of {length} characters (at most {max}); ignored',
  'link.repeated': '{key} appears more than once; used the last',
  'link.unknownVersion': 'unknown version {version}; read as version {current}',
  'link.ownData': "{name} 'custom': your own data is never put in a link; showing {kept} instead",
  'link.fixedClasses': '{name} does not apply to {dataset}, whose classes are fixed; ignored',
  'link.unknownKey': 'unknown key {key} ignored',
  'link.unreadable': 'this link could not be read; showing the default experiment',
  'link.unknownLanguage': '{name} {value} is not a language of this page ({choices}); kept your own',
  'link.notHideable': '{name} {value} is not a part a link can hide ({choices}); ignored',
  'link.notLockable': '{name} {value} is not a part a link can lock ({choices}); ignored',

  // Comparison variants.
  'link.ofVariant': 'variant {letter}: {problem}',
  'link.variantGap': 'variant {letter} has no variant {expected} before it; read as variant {expected}',
  'link.prefixA': "{key}: variant A's settings are written without a prefix; ignored",
  'link.tooManyVariants': '{key}: a link holds at most {count} variants (A to {last}); ignored',
  'link.sharedData': "{keys}: every variant uses variant A's data set; ignored",
  'link.wholeLink': '{keys}: set for the whole link, not for one variant; ignored',

  // The model of a link: its layers, and a loss or stack that cannot work on its data.
  'link.layerSetting': 'layer {number} {setting}',
  'link.setting.units': 'units',
  'link.setting.filters': 'filters',
  'link.setting.kernelSize': 'kernel size',
  'link.setting.stride': 'stride',
  'link.setting.poolSize': 'pool size',
  'link.setting.rate': 'rate',
  'link.noActivation': 'layer {number} has no activation; used {fallback}',
  'link.unknownActivation': 'layer {number} activation {value} is not known ({choices}); used {fallback}',
  'link.unknownOption': 'layer {number} option {value} is not known; ignored',
  'link.noOptions': 'layer {number} {value} takes no options; ignored them',
  'link.unknownLayer':
    'layer {number} {value} is not a known layer (units-activation, conv…, maxpool…, avgpool…, flatten, dropout…, batchnorm); skipped',
  'link.emptyLayer': '{name} has an empty entry; skipped',
  'link.tooManyLayers': '{name} lists {count} layers, at most {max} are allowed; kept the first {max}',
  'link.lossBlocked': '{name} {loss}: {advice} Used {fitting}',
  'link.layersCannotWork': '{name} cannot work on this data set ({reasons}); used {fallback}',
  'link.layerReason': 'layer {number}: {reason}',

  // Workspace settings a link carries (seed count, smoothing, target accuracy).
  'link.seedCount.label': 'Seeds per variant',
  'link.seedCount.help': 'Each variant trains once per seed; the chart shows the mean and the min-max band.',
  'link.smoothing.label': 'Smoothing',
  'link.smoothing.help': 'Exponential-moving-average weight: 0 draws the raw curve.',
  'link.targetAccuracy.label': 'Target test accuracy (%)',
  'link.targetAccuracy.help': 'The summary table reports the first epoch reaching it.',
} as const;
