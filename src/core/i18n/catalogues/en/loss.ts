/** English texts of the loss area; keys start with "loss.". */
export const lossEn = {
  // The panel
  'loss.title': 'Loss',
  'loss.function': 'Loss function',
  'loss.fit.natural': 'Natural fit.',
  'loss.fit.works': 'Works.',
  'loss.fit.mismatch': 'Poor fit, but it runs.',
  'loss.fit.blocked': 'Cannot work here.',
  'loss.outputLayer': 'Output layer: {output}.',
  'loss.whatIs': 'What is {name}?',
  // The losses
  'loss.binaryCrossentropy.label': 'Binary cross-entropy',
  'loss.binaryCrossentropy.description':
    'For two classes: one sigmoid output read as the probability of class 1.',
  'loss.binaryCrossentropy.explanation':
    'Measures how surprised the model is by the true class: a confident right answer costs almost nothing, a confident wrong one costs a lot. Probabilities are clipped to [10⁻⁷, 1 − 10⁻⁷] so that a saturated output costs about 16, not infinity.',
  'loss.binaryCrossentropy.formula': '−(y·log p + (1−y)·log(1−p))',
  'loss.categoricalCrossentropy.label': 'Categorical cross-entropy',
  'loss.categoricalCrossentropy.description':
    'For two or more classes: a softmax output, one probability per class.',
  'loss.categoricalCrossentropy.explanation':
    'The multi-class form of cross-entropy: minus the log of the probability the softmax gives the true class. The usual choice whenever each example belongs to exactly one of k classes.',
  'loss.categoricalCrossentropy.formula': '−Σₖ yₖ·log pₖ',
  'loss.meanSquaredError.label': 'Mean squared error',
  'loss.meanSquaredError.description':
    'Squared distance between output and target: the natural loss for regression.',
  'loss.meanSquaredError.explanation':
    'Averages the squared differences between prediction and target, so large errors weigh much more than small ones. Made for real-valued targets; on classes it runs, but learns slower than cross-entropy because a saturated sigmoid gives it almost no gradient.',
  'loss.meanSquaredError.formula': 'mean((y − ŷ)²)',
  'loss.meanAbsoluteError.label': 'Mean absolute error',
  'loss.meanAbsoluteError.description':
    'Absolute distance between output and target: regression that shrugs off outliers.',
  'loss.meanAbsoluteError.explanation':
    'Averages the absolute differences, so every unit of error costs the same: an outlier pulls far less than under squared error. Its gradient has the same size near the target as far from it, which makes the last steps jumpy.',
  'loss.meanAbsoluteError.formula': 'mean(|y − ŷ|)',
  'loss.hinge.label': 'Hinge',
  'loss.hinge.description':
    'The SVM loss: wants the right side of the boundary by a margin of 1, targets −1 and +1.',
  'loss.hinge.explanation':
    'Targets become −1 and +1 on a linear output. An example on the right side with a margin of at least 1 costs nothing; inside the margin or on the wrong side it costs linearly. The model learns a boundary, not probabilities.',
  'loss.hinge.formula': 'mean(max(0, 1 − y·ŷ))',
  'loss.squaredHinge.label': 'Squared hinge',
  'loss.squaredHinge.description':
    'The hinge loss squared: smooth at the margin, and harder on big violations.',
  'loss.squaredHinge.explanation':
    'The hinge loss squared: still zero beyond the margin, but smooth where it starts and quadratic for examples far on the wrong side.',
  'loss.squaredHinge.formula': 'mean(max(0, 1 − y·ŷ)²)',
  'loss.huber.label': 'Huber',
  'loss.huber.description':
    'Squared error for small errors, absolute error for large ones: robust regression.',
  'loss.huber.explanation':
    'Quadratic while the error is within δ = 1, linear beyond: smooth near the target like squared error, yet outliers pull only as hard as under absolute error.',
  'loss.huber.formula': 'mean(½e² if |e| ≤ 1, else 1·(|e| − ½·1)),  e = y − ŷ',
  // The advisor
  'loss.advice.outputUnits': '{count} {activation} unit|{count} {activation} units',
  'loss.advice.pending': '{loss}: the output layer will follow your data once it is loaded.',
  'loss.advice.regressionBlocked':
    '{loss} compares class predictions, but this data set has a real-valued target: choose mean squared error, mean absolute error or Huber.',
  'loss.advice.regression': 'One real target, {output}; {why}.',
  'loss.advice.why.meanSquaredError': 'large misses cost most',
  'loss.advice.why.meanAbsoluteError': 'every unit of error costs the same, so outliers pull less',
  'loss.advice.why.huber': 'squared near the target, absolute far from it',
  'loss.advice.binaryTwo': 'Two classes, {output} read as the probability of class 1.',
  'loss.advice.binaryMany':
    'It treats {count} classes as {count} separate yes/no questions ({output}): categorical cross-entropy with a softmax output suits one class per example better.',
  'loss.advice.categoricalTwo':
    '{output}, one probability per class. Binary cross-entropy does the same with one sigmoid unit.',
  'loss.advice.categoricalMany': '{count} classes, {output}, one probability per class.',
  'loss.advice.regressionOnClasses':
    '{loss} is made for regression; on {output} it runs, but cross-entropy usually learns classes faster. Watch the curves.',
  'loss.advice.hingeTwo':
    'Targets become −1 and +1 on {output}, as in a support vector machine; the class is read from the sign of the score.',
  'loss.advice.hingeMany':
    'Targets become −1 and +1 on {output}, as in a support vector machine; the class is read from the largest score.',
} as const;
