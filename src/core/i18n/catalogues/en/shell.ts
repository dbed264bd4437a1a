/** English texts of the page's shell: the header, the language switch, notices shared by every area. */
export const shellEn = {
  'shell.title': 'Training Playground',
  'shell.tagline':
    'Press Train and watch a network learn; change its dataset, model, loss or optimizer below.',
  'shell.language': 'Language',
  'shell.skipToTraining': 'Skip to Training',
  'shell.languageLoadFailed':
    'The {language} texts could not be loaded ({detail}); the page stays in its language.',
} as const;
