/** English texts of the training area; keys start with "training.". */
export const trainingEn = {
  'training.title': 'Training',
  'training.train': 'Train',
  'training.pause': 'Pause',
  'training.step': 'Step',
  'training.reset': 'Reset',

  // The status line.
  'training.status.preparing': 'Preparing the run',
  'training.status.ready': 'Ready at epoch {epoch}',
  'training.status.training': 'Training · epoch {epoch}',
  'training.status.trainingProgress': 'Training · epoch {epoch}: {progress}',
  'training.status.pausing': 'Pausing · epoch {epoch}',
  'training.status.paused': 'Paused · epoch {epoch}',
  'training.status.done': 'Done · epoch {epoch}',
  'training.status.failed': 'Training failed: {message}. Press Train to start a fresh worker.',
  'training.status.trainLoss': 'train loss {value}',
  'training.status.testAccuracy': 'test accuracy {value}',
  'training.status.testR2': 'test R² {value}',
  'training.status.backend': 'backend {backend}',
  'training.status.backendSpeed': 'backend {backend}, {speed}',
  'training.perStep': '{ms} per step',
  'training.state.idle': 'Ready',
  'training.state.training': 'Training',
  'training.state.pausing': 'Pausing',
  'training.state.paused': 'Paused',
  'training.state.done': 'Done',
  'training.state.diverged': 'Diverged',
  'training.state.failed': 'Failed',
  'training.race.epoch': 'epoch {epoch}',
  'training.race.epochProgress': 'epoch {epoch}: {progress}',
  'training.race.variants': '{count} variant|{count} variants',
  'training.race.variantsSeeds': '{variants} × {count} seeds',
  'training.race.failed': '{name}: failed ({message})',
  'training.race.diverged': '{name}: {message}',
  'training.progress.batches': 'batch {done} of {total}',
  'training.progress.rate': '{batches} · {rate} examples/s · about {wait} left in this epoch',
  'training.wait.seconds': '{count} s',
  'training.wait.minutes': '{count} min',

  // Why Train is disabled.
  'training.fixFields': 'Fix this first: {messages}|Fix these first: {messages}',
  'training.fixProblems': 'Fix first: {problems}',
  'training.variantProblem': 'Variant {variant}: {problem}',

  // Divergence and failures.
  'training.divergedAt':
    'Diverged at epoch {epoch}: the loss became NaN or infinite, so training stopped. To fix it, {advice}',
  'training.advice.lowerRateTo': 'lower the learning rate (try {lower} instead of {current})',
  'training.advice.lowerRate': 'lower the learning rate',
  'training.advice.adam': 'try the Adam optimizer',
  'training.advice.clip': 'clip the gradients (a clip norm of 1 is a common start)',
  'training.advice.clipHarder': 'clip the gradients harder (a clip norm below {norm})',
  'training.advice.choices': '{first} or {last}',
  'training.listSeparator': ', ',
  'training.webglFallback':
    'WebGL stopped working, so the run restarted from epoch 0 on {backend}. ({detail}.)',
  'training.error.detail': '{detail}',
  'training.error.unknown': 'unknown error',
  'training.error.classMismatch':
    'The data has {found} classes but the experiment expects {expected}: choose the data set again',
  'training.error.tfjsLoad': 'The TensorFlow.js engine could not be loaded ({detail}); check the connection',
  'training.error.noBackend': 'No tfjs backend could start (tried webgl, wasm and cpu)',
  'training.error.workerCrashed': 'The training worker crashed: {detail}',
  'training.error.workerCrashedSilently': 'The training worker crashed: it stopped without a message',
  'training.error.webglContextLost': 'The training worker crashed: the WebGL context was lost',
  'training.error.unreadable': 'A message from the training worker was unreadable',
  'training.error.workerStopped': 'The training worker stopped (it closed, or its thread ran out of memory)',
  'training.error.workerSilent': 'The training worker did not start within {seconds} s',

  // Why a backend trains; a later part wraps the text before it as {reason}.
  'training.reason.backend': '{backend}',
  'training.reason.chosen': '{backend}: chosen in the settings',
  'training.reason.notStarted': '{reason} ({backend} was chosen but did not start)',
  'training.reason.jsCannot': '{reason} (js was chosen but computes dense, dropout and flatten layers only)',
  'training.reason.jsSmall': 'js: small dense network, where plain JavaScript beats every tfjs backend',
  'training.reason.cpuNoWasm': 'cpu: wasm did not start here',
  'training.reason.wasmNoWebgl': 'wasm: WebGL did not start',
  'training.reason.wasmConvSoftware': 'wasm: convolutional network; WebGL here is software ({renderer})',
  'training.reason.wasmConvNone': 'wasm: convolutional network; no WebGL here',
  'training.reason.webglConv': 'webgl: convolutional network on a GPU ({renderer})',
  'training.reason.webglLarge': 'webgl: large dense network ({parameters} parameters) on a GPU ({renderer})',
  'training.reason.wasmLarge': 'wasm: WebGL did not start; large dense network ({parameters} parameters)',
  'training.reason.wasmSmallSoftware': 'wasm: small dense network; WebGL here is software ({renderer})',
  'training.reason.wasmSmallNone': 'wasm: small dense network; no WebGL here',
  'training.reason.wasmSmallTooSmall':
    'wasm: small dense network; too small ({parameters} parameters) to gain from the GPU',
  'training.reason.measured': '{reason}; measured here ({times} per step)',
  'training.reason.measuredFastest': '{reason}; fastest when measured here ({times} per step)',
  'training.reason.failedWhenTimed': '{reason} (failed when timed: {failures})',

  // The Advanced panel.
  'training.advanced': 'Advanced',
  'training.backend': 'Backend',
  'training.backend.auto': 'Automatic',
  'training.backend.webgl': 'WebGL (GPU)',
  'training.backend.wasm': 'WebAssembly',
  'training.backend.cpu': 'tfjs CPU (plain JavaScript)',
  'training.backend.js': 'Own JavaScript engine (dense networks)',
  'training.backendInUse': 'Backend in use',
  'training.backendStarting': 'starting…',
  'training.backendInsteadOfWebgl': '{reason} (instead of WebGL, which stopped working)',
  'training.liveTensors': 'Live tensors in the worker',
  'training.advancedHint':
    "Changing the backend restarts the run. The tensor count is the worker's after the latest epochs: it stays flat while training unless tensors leak.",

  // The boundary view.
  'training.decisionBoundary': 'Decision boundary',
  'training.fittedSurface': 'Fitted surface',
  'training.boundaryLabel':
    'Decision boundary: background colour is the class the network predicts at each point; filled dots are training points, rings test points',
  'training.surfaceLabel':
    'Fitted surface: background colour is the value the network predicts at each point (orange low, blue high); filled dots are training points, rings test points',
  'training.features': '{count} feature|{count} features',
  'training.noBoundary':
    'No decision boundary here: it is drawn for points on the 2-D plane (generated sets and drawn points), and this data has {features}. The curves tell how training goes.',
  'training.noBoundaryOwnScales':
    'No decision boundary here: it is drawn for points on the 2-D plane (generated sets and drawn points), and this data has {features} on scales of its own. The curves tell how training goes.',
  'training.trainSampleNote':
    'With more than {limit} training examples, the train curve is measured at the end of each epoch on the same {sample} randomly chosen training examples (dropout off, the weights as they are then) rather than on all of them, which keeps training fast; the test curve uses the whole test set.',
} as const;
