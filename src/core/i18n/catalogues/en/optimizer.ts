/** English texts of the optimizer area; keys start with "optimizer.". */
export const optimizerEn = {
  // The panel
  'optimizer.title': 'Optimizer',
  'optimizer.algorithm': 'Algorithm',
  'optimizer.whatIs': 'What is {name}?',
  'optimizer.rateSlider': 'Learning-rate slider (log scale)',
  'optimizer.trainingSettings': 'Training settings',
  'optimizer.whatAreSettings': 'What are batch size, epochs and L1/L2?',
  'optimizer.settingsBatches':
    'Each optimizer step looks at one batch of examples; an epoch is one pass over the whole training set. Small batches give many noisy steps per epoch, large ones few smooth steps.',
  'optimizer.settingsPenalties':
    "L1 and L2 add a penalty on the kernel weights to the loss (Keras's kernel regularizers): L1 = l1·Σ|w| pushes useless weights to exactly zero, L2 = l2·Σw² keeps all weights small. Both trade training fit for a smoother model that generalises better. A layer can set its own strengths under its “More settings”.",
  'optimizer.scheduleHeading': 'Learning-rate schedule',
  'optimizer.schedule': 'Schedule',
  'optimizer.whatIsSchedule': 'What is the {name} schedule?',
  'optimizer.scheduleSymbols':
    't counts optimizer steps, s is the number of steps per epoch; the schedule starts again when the run restarts.',
  'optimizer.clipGradients': 'Clip gradients',
  'optimizer.whatIsClipping': 'What is gradient clipping?',
  'optimizer.clippingExplanation':
    "Before each step the gradients of all weights are measured together as one long vector; when it is longer than the maximum norm, it is scaled down to that length, keeping its direction (Keras's global_clipnorm). A steep cliff in the loss then cannot throw the weights far away.",
  // Optimizers
  'optimizer.sgd.label': 'SGD',
  'optimizer.sgd.description':
    'Stochastic gradient descent steps against the gradient of each mini-batch. With momentum it keeps a velocity that smooths the path; Nesterov looks ahead along that velocity before measuring the gradient.',
  'optimizer.sgd.updateRule': 'v ← μ·v − η·g;  w ← w + v   (Nesterov: w ← w + μ·v − η·g)',
  'optimizer.rmsprop.label': 'RMSprop',
  'optimizer.rmsprop.description':
    'Divides each step by a running average of recent squared gradients, so steep and flat directions move at similar speeds.',
  'optimizer.rmsprop.updateRule':
    's ← ρ·s + (1−ρ)·g²;  w ← w − η·g / √(s + ε)   (centered: divide by √(s − ḡ² + ε))',
  'optimizer.adagrad.label': 'Adagrad',
  'optimizer.adagrad.description':
    'Divides each step by the root of all squared gradients seen so far: rarely updated weights keep large steps, but every step shrinks over time.',
  'optimizer.adagrad.updateRule': 's ← s + g²;  w ← w − η·g / √(s + ε)',
  'optimizer.adadelta.label': 'Adadelta',
  'optimizer.adadelta.description':
    'Like RMSprop, but scales each step by a running average of past step sizes, so it needs little tuning of the learning rate.',
  'optimizer.adadelta.updateRule':
    's ← ρ·s + (1−ρ)·g²;  Δ = √(d+ε)/√(s+ε)·g;  d ← ρ·d + (1−ρ)·Δ²;  w ← w − η·Δ',
  'optimizer.adam.label': 'Adam',
  'optimizer.adam.description':
    'Momentum and RMSprop together, with a bias correction for the first steps: a robust default for most problems.',
  'optimizer.adam.updateRule':
    'm ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)',
  'optimizer.adamax.label': 'Adamax',
  'optimizer.adamax.description':
    'A variant of Adam that divides by the largest recent gradient instead of the root mean square.',
  'optimizer.adamax.updateRule': 'm ← β₁m + (1−β₁)g;  u ← max(β₂u, |g|);  w ← w − η/(1−β₁ᵗ) · m / (u + ε)',
  // Hyper-parameters
  'optimizer.learningRate.label': 'Learning rate',
  'optimizer.learningRate.help': 'Size of each step downhill: too small crawls, too large diverges.',
  'optimizer.epsilon.label': 'Epsilon',
  'optimizer.epsilon.help': 'Tiny constant that keeps the division stable.',
  'optimizer.momentum.label': 'Momentum',
  'optimizer.momentum.help': 'Share of the previous step carried into this one: rolls through small bumps.',
  'optimizer.nesterov.label': 'Nesterov',
  'optimizer.nesterov.help': 'Measure the gradient where momentum is about to take you.',
  'optimizer.rho.label': 'Rho',
  'optimizer.rho.help': 'How long the squared-gradient average remembers.',
  'optimizer.rho.helpAdadelta': 'How long the running averages remember.',
  'optimizer.centered.label': 'Centered',
  'optimizer.centered.help': 'Divide by the variance instead of the raw second moment.',
  'optimizer.initialAccumulator.label': 'Initial accumulator',
  'optimizer.initialAccumulator.help': 'Starting value of the sum of squared gradients.',
  'optimizer.beta1.label': 'Beta 1',
  'optimizer.beta1.help': 'Decay of the gradient average (momentum).',
  'optimizer.beta2.label': 'Beta 2',
  'optimizer.beta2.help': 'Decay of the squared-gradient average.',
  'optimizer.beta2.helpAdamax': 'Decay of the largest recent gradient.',
  // Schedules and clipping
  'optimizer.constant.label': 'Constant',
  'optimizer.constant.description': 'The same learning rate from the first step to the last.',
  'optimizer.constant.formula': 'η',
  'optimizer.stepDecay.label': 'Step decay',
  'optimizer.stepDecay.description':
    'Cuts the learning rate by a fixed factor every few epochs (Keras ExponentialDecay, staircase).',
  'optimizer.stepDecay.formula': 'η · rate^⌊t / (epochs·s)⌋',
  'optimizer.exponentialDecay.label': 'Exponential decay',
  'optimizer.exponentialDecay.description':
    'Shrinks the learning rate smoothly, by the rate over each decay period (Keras ExponentialDecay).',
  'optimizer.exponentialDecay.formula': 'η · rate^(t / (epochs·s))',
  'optimizer.cosineDecay.label': 'Cosine decay',
  'optimizer.cosineDecay.description':
    'Follows half a cosine from the full rate down to a floor, then stays there (Keras CosineDecay).',
  'optimizer.cosineDecay.formula': 'η · ((1−α)·½(1 + cos(π·min(t, T)/T)) + α),  T = epochs·s',
  'optimizer.decayEpochs.label': 'Decay epochs',
  'optimizer.decayEpochs.helpStep': 'Epochs between two cuts.',
  'optimizer.decayEpochs.helpExponential': 'Epochs over which the rate is multiplied by the decay rate.',
  'optimizer.decayEpochs.helpCosine': 'Epochs from the full rate down to the floor.',
  'optimizer.decayRate.label': 'Decay rate',
  'optimizer.decayRate.help': 'Factor the learning rate is multiplied by over each decay period.',
  'optimizer.alpha.label': 'Floor (α)',
  'optimizer.alpha.help': 'Share of the learning rate left at the end of the decay.',
  'optimizer.clipNorm.label': 'Max gradient norm',
  'optimizer.clipNorm.help':
    'A gradient longer than this (over all weights together) is scaled down to this length.',
  // Training settings
  'optimizer.batchSize.label': 'Batch size',
  'optimizer.batchSize.help': 'Examples per step: small batches are noisy but take many steps per epoch.',
  'optimizer.epochs.label': 'Epochs',
  'optimizer.epochs.help': 'Passes over the training set before training stops by itself.',
  'optimizer.l1.label': 'L1 regularization',
  'optimizer.l1.help':
    'Penalty on the size of every weight (l1 · Σ|w|): drives useless weights to exactly zero.',
  'optimizer.l2.label': 'L2 regularization',
  'optimizer.l2.help': 'Penalty on large weights (l2 · Σw²): trades training fit for smoother boundaries.',
  'optimizer.seed.label': 'Weight seed',
  'optimizer.seed.help': 'Same seed, same initial weights, batch order and dropout.',
} as const;
