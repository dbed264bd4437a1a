/** English texts of the model area; keys start with "model.". */
export const modelEn = {
  // The panel
  'model.title': 'Model',
  'model.input': 'Input: {input}.',
  'model.inputPending': 'your data, once it is loaded',
  'model.inputImages': '{shape} images',
  'model.inputPlane': '2 features (x, y)',
  'model.inputRows': 'rows of {count} features',
  'model.presets': 'Presets',
  'model.hiddenLayer': 'Hidden layer {number}',
  'model.up': 'Up',
  'model.down': 'Down',
  'model.remove': 'Remove',
  'model.moveUp': 'Move layer {number} up',
  'model.moveDown': 'Move layer {number} down',
  'model.removeLayer': 'Remove layer {number}',
  'model.whatIs': 'What is {name}?',
  'model.activationIs': 'Activation {name}:',
  'model.outputLayer': 'Output layer',
  'model.output': 'Output: {units}, {activation}',
  'model.units': '{count} unit|{count} units',
  'model.followsFrom': '(follows from {what})',
  'model.followsRegression': 'a real-valued target',
  'model.followsClasses': '{count} classes and {loss}',
  'model.newLayer': 'New layer',
  'model.addLayer': 'Add layer',
  'model.layerLimit': 'Up to {max} hidden layers: remove one to add another.',
  'model.moveHint': 'Alt+↑ and Alt+↓ move the layer you are in.',
  'model.trainableParameters': 'Trainable parameters:',
  // Shapes beside each layer; the leading space joins a part to the text before it.
  'model.parameters': '{count} parameter|{count} parameters',
  'model.runningStatistics': ' (+{count} running statistics)',
  'model.readsAsRow': ' (reads the {shape} image as one row)',
  // A layer's settings
  'model.fieldOfLayer': '{label}, layer {number}',
  'model.padding': 'Padding',
  'model.padding.same': 'same',
  'model.padding.valid': 'valid',
  'model.activation': 'Activation',
  'model.initialiser': 'Initialiser',
  'model.moreSettings': 'More settings, layer {number}',
  'model.hideSettings': 'Hide settings, layer {number}',
  'model.ownStrengths': 'own L1 {l1}, L2 {l2}',
  'model.globalStrengths': 'global L1/L2',
  'model.ownL1L2': 'Own L1/L2',
  'model.ownL1L2.help': 'Give this layer its own regularization strengths instead of the global ones.',
  'model.units.label': 'Units',
  'model.units.help': 'Neurons in this layer.',
  'model.filters.label': 'Filters',
  'model.filters.help': 'Feature maps this layer learns.',
  'model.kernelSize.label': 'Kernel size',
  'model.kernelSize.help': 'Side of each square filter, in pixels.',
  'model.stride.label': 'Stride',
  'model.stride.help': 'Pixels the filter moves between positions.',
  'model.poolSize.label': 'Pool size',
  'model.poolSize.help': 'Side of each square window, in pixels.',
  'model.rate.label': 'Rate',
  'model.rate.help': 'Share of inputs set to zero at each training step.',
  'model.l1.label': 'L1',
  'model.l1.help': 'This layer’s penalty l1 · Σ|w|: pushes weights to exactly zero.',
  'model.l2.label': 'L2',
  'model.l2.help': 'This layer’s penalty l2 · Σw²: keeps weights small.',
  // Layer kinds
  'model.dense.label': 'Dense',
  'model.dense.description': 'Every input connects to every unit: the basic building block.',
  'model.dense.explanation':
    'Each unit computes a weighted sum of all its inputs plus a bias, then applies the activation. Stacking dense layers lets the network bend its decision boundary; on images it ignores which pixels are neighbours.',
  'model.conv2d.label': 'Conv2D',
  'model.conv2d.description': 'Slides small learned filters over an image: finds the same pattern anywhere.',
  'model.conv2d.explanation':
    'Each filter is a small square of weights slid across the image; its output is a map of where the pattern appears. Weights are shared across positions, so a convolution learns far fewer parameters than a dense layer. Padding “same” pads the border so that the image keeps its size (at stride 1); “valid” does not, and the image shrinks by the kernel size minus one. It needs image input [height, width, channels].',
  'model.maxPool2d.label': 'MaxPooling2D',
  'model.maxPool2d.description':
    'Keeps the strongest value of each window: shrinks the image, keeps what was found.',
  'model.maxPool2d.explanation':
    'Splits each feature map into windows and keeps the largest value of each, so the map shrinks and small shifts of the input matter less. No weights to learn.',
  'model.avgPool2d.label': 'AveragePooling2D',
  'model.avgPool2d.description': 'Averages each window: shrinks the image smoothly.',
  'model.avgPool2d.explanation':
    'Splits each feature map into windows and keeps their average, shrinking the map. Gentler than max pooling; no weights to learn.',
  'model.flatten.label': 'Flatten',
  'model.flatten.description': 'Lays an image’s values out in one row, so dense layers can follow.',
  'model.flatten.explanation':
    'Turns [height, width, channels] into a single row of height × width × channels values. Needed between convolutional layers and dense ones; no weights.',
  'model.dropout.label': 'Dropout',
  'model.dropout.description':
    'Zeroes a random share of its inputs while training: a regularizer against overfitting.',
  'model.dropout.explanation':
    'At each training step a random share of the values (the rate) is set to zero and the rest scaled up by 1/(1 − rate), so no unit can rely on any single other one. At test time it does nothing. The pattern is drawn from the weight seed.',
  'model.batchNorm.label': 'BatchNormalization',
  'model.batchNorm.description':
    'Rescales each channel to mean 0 and variance 1 over the batch, then learns a scale and shift.',
  'model.batchNorm.explanation':
    'While training, each channel is normalised by the mean and variance of the current batch, then scaled by γ and shifted by β (both learned); running averages of the statistics (momentum 0.99, ε = 0.001, as in Keras) are used at test time. Often allows larger learning rates.',
  // Activations
  'model.relu.label': 'ReLU',
  'model.relu.description': 'Passes positive values, zeroes negative ones: fast, the usual default.',
  'model.relu.formula': 'max(0, z)',
  'model.leakyRelu.label': 'leaky ReLU',
  'model.leakyRelu.description':
    'Like ReLU, but lets a little through below zero so that no unit dies for good.',
  'model.leakyRelu.formula': 'z if z > 0, else 0.2·z',
  'model.elu.label': 'ELU',
  'model.elu.description': 'Like ReLU but smooth, and negative below zero, which keeps outputs centred.',
  'model.elu.formula': 'z if z > 0, else eᶻ − 1',
  'model.selu.label': 'SELU',
  'model.selu.description':
    'A scaled ELU that keeps activations normalised through deep stacks (pairs with LeCun).',
  'model.selu.formula': 'λ·z if z > 0, else λ·α·(eᶻ − 1), λ ≈ 1.0507, α ≈ 1.6733',
  'model.tanh.label': 'tanh',
  'model.tanh.description': 'Squashes to −1..1, centred on zero; saturates for large inputs.',
  'model.tanh.formula': '(eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)',
  'model.sigmoid.label': 'sigmoid',
  'model.sigmoid.description': 'Squashes to 0..1; saturates and slows learning in hidden layers.',
  'model.sigmoid.formula': '1 / (1 + e⁻ᶻ)',
  'model.softplus.label': 'softplus',
  'model.softplus.description': 'A smooth ReLU: always positive, never exactly zero.',
  'model.softplus.formula': 'log(1 + eᶻ)',
  'model.swish.label': 'swish',
  'model.swish.description':
    'z times its own sigmoid: smooth, dips slightly below zero, often beats ReLU in deep nets.',
  'model.swish.formula': 'z · sigmoid(z)',
  'model.linear.label': 'linear',
  'model.linear.description': 'No squashing at all: stacked linear layers stay one linear map.',
  'model.linear.formula': 'z',
  // Initialisers
  'model.glorot.label': 'Glorot uniform',
  'model.glorot.description':
    "Keras's default: keeps the signal's variance steady both forwards and backwards; suits tanh and sigmoid.",
  'model.he.label': 'He uniform',
  'model.he.description':
    'Twice the variance of LeCun, to make up for ReLU zeroing half its inputs: suits ReLU and its kin.',
  'model.lecun.label': 'LeCun uniform',
  'model.lecun.description': 'Variance 1/fan_in: the partner of SELU, and a sound choice for tanh.',
  // Presets
  'model.logistic.label': 'Logistic regression',
  'model.logistic.description':
    'No hidden layer: the output layer alone draws one straight boundary per class.',
  'model.smallMlp.label': 'Small MLP',
  'model.smallMlp.description':
    'Two dense layers of 16 ReLU units: bends the boundary enough for most toy sets.',
  'model.deepMlp.label': 'Deep MLP',
  'model.deepMlp.description':
    'Four dense layers of 32 ReLU units: more depth for tangled data such as many-armed spirals.',
  'model.lenet.label': 'LeNet-style CNN',
  'model.lenet.description':
    'Convolution, pooling, convolution, pooling, then dense layers: made for images.',
  'model.lenet.unavailable': 'LeNet-style CNN needs an image data set (such as Digits 8×8).',
  'model.presetNeedsData': 'Load your data first.',
  // Why a stack cannot work
  'model.problem.units': '{units} units: a Dense layer needs at least 1 unit.',
  'model.problem.outputNeedsFlatten': 'The output layer is dense: add a Flatten after {source} first.',
  'model.problem.denseNeedsFlatten': 'Dense after {source} needs a Flatten first.',
  'model.problem.needsImage': '{layer} needs image input [height, width, channels]; {source}.',
  'model.problem.dataGives': 'this data set gives {input}',
  'model.problem.layerGives': 'the layer before gives a row of {count} values',
  'model.problem.filters': '{filters} filters: Conv2D needs at least 1.',
  'model.problem.kernelStride': 'Conv2D needs a kernel size and a stride of at least 1.',
  'model.problem.kernelFit':
    "Conv2D's {kernel}×{kernel} kernel does not fit the {height}×{width} input: use padding 'same' or a smaller kernel.",
  'model.problem.poolSize': '{layer} needs a pool size of at least 1.',
  'model.problem.poolFit':
    "{layer}'s {pool}×{pool} window does not fit the {height}×{width} input: remove it or use a smaller pool.",
  'model.problem.cannotWork': 'This layer cannot work here.',
  'model.problem.tooManyParameters':
    'This model has {count} trainable parameters; at most {max} train at a useful speed in a browser. Use fewer units or filters, or pool before flattening.',
} as const;
