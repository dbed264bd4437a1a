/** English texts of the export section ("Take it with you"); keys start with "export.". */
export const exportEn = {
  'export.title': 'Take it with you',
  'export.intro':
    'Download this run at epoch {epoch}: the model for TensorFlow.js, its weights, the data it learns from, and a PyTorch script that trains the same network again.',
  'export.introRace': 'In a race, the downloads are of the first variant’s run.',
  'export.model': 'Download model',
  'export.modelHelp': 'TensorFlow.js Layers format: model.json and model.weights.bin.',
  'export.weights': 'Weights as JSON',
  'export.weightsHelp': 'Each layer’s kernel and bias (and batch norm’s statistics), with their shapes.',
  'export.data': 'Download data',
  'export.dataHelp':
    'The training and test split as CSV: a split column, the features as the network sees them, the label.',
  'export.pytorch': 'Download Python script',
  'export.pytorchHelp':
    'PyTorch: the same layers, loss, optimizer, schedule and clipping; reads data.csv and can start from weights.json.',
  'export.snippetTitle': 'Use the model in JavaScript',
  'export.snippetHint': 'Put model.json and model.weights.bin in one folder of a web page, then:',
  'export.pythonTitle': 'Train it again in Python',
  'export.pythonHint': 'With PyTorch installed, in the folder of the three files:',
  'export.waitTraining': 'Pause the training to download the run at the end of an epoch.',
  'export.noRun': 'Nothing to download yet: the run is still being prepared.',
  'export.preparing': 'Preparing {name}…',
  'export.done': 'Downloaded {names}.',
  'export.error.tooLarge':
    'This file would be about {size} MB, more than the {limit} MB this page lets a download take. Nothing was changed.',
  'export.error.refused':
    'The browser refused the download ({detail}). Nothing was changed: check its download settings and try again.',
  'export.error.failed': 'The download could not be prepared: {detail}. Nothing was changed.',
} as const;
