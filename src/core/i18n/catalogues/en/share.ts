/** English texts of the share area; keys start with "share.". */
export const shareEn = {
  // The Share disclosure in the header and its panel.
  'share.toggle': 'Share',
  'share.title': 'Share with students',
  'share.close': 'Close',
  'share.intro':
    'What students see when they open the link; this page stays as it is. Anyone can undo these choices with Show everything: they shape the page, they do not secure it.',
  'share.mode.shown': 'Shown',
  'share.mode.locked': 'Locked',
  'share.mode.hidden': 'Hidden',
  'share.target.dataset': 'Dataset',
  'share.target.model': 'Model',
  'share.target.loss': 'Loss',
  'share.target.optimizer': 'Optimizer',
  'share.target.compare': 'Comparison bar',
  'share.target.chartOptions': 'Chart options',
  'share.target.language': 'Language switch',
  'share.target.advanced': 'Advanced settings',
  'share.autostart': 'Start training when the link opens',
  'share.present': 'Present mode: large type for a projector',
  'share.language': 'Language for students',
  'share.languageHint':
    'The link opens in this language. To keep the class in it, lock or hide the Language switch.',
  'share.link': 'Link for students',
  'share.copy': 'Copy',
  'share.copied': 'Copied.',
  'share.copyFailed': 'Could not reach the clipboard: select the link and copy it.',
  'share.preview': 'Preview as a student',

  // The QR code of the link.
  'share.qr.label': "QR code of this experiment's link",
  'share.qr.scan': 'Students can scan this with a phone camera.',
  'share.qr.failed': 'The QR code could not be drawn: share the link instead.',
  'share.qr.tooLong':
    'This link is {length} characters long, more than a QR code that phones can read holds ({capacity}): share it by copying instead, or make it shorter (fewer variants, default settings).',

  // The notice on a page opened from a teaching link: "Teaching link: Model and Loss hidden."
  'share.notice': 'Teaching link: {summary}.',
  'share.showEverything': 'Show everything',
  'share.summary.hidden': '{names} hidden',
  'share.summary.locked': '{names} locked',
  'share.summary.autostart': 'training started on opening',
  'share.summary.present': 'present mode',
  'share.list.separator': ', ',
  'share.list.last': '{names} and {last}',
} as const;
