/** English texts of the training doctor; keys start with "doctor.". */
export const doctorEn = {
  'doctor.region': 'Diagnosis',
  'doctor.heading': 'Diagnosis:',
  'doctor.headingVariant': 'Diagnosis of {variant}:',
  'doctor.others': 'Other findings ({count})',
  'doctor.fixes': 'Fixes for: {title}',
  'doctor.undo': 'Undo “{fix}”',
  'doctor.why': 'Why, and fixes',
  'doctor.column': 'Diagnosis',

  'doctor.diverged.title': 'The loss blew up to NaN or infinity',
  'doctor.diverged.explanation':
    'At epoch {epoch} the loss stopped being a number (it started at {start}). The steps were so large that the weights overflowed: the learning rate ({learningRate}) is far too high for {optimizer}.',
  'doctor.thrashing.title': 'Learning rate far too high for {optimizer}',
  'doctor.thrashing.explanation':
    'Over the last {epochs} epochs the train loss jumped between {low} and {high} (it started at {start}), while test accuracy stayed at {accuracy}, near the {chance} of guessing. Each step overshoots the minimum: the learning rate {learningRate} is far too high for {optimizer}.',
  'doctor.exploding.title': 'The loss is climbing, not falling',
  'doctor.exploding.explanation':
    'The train loss of the last {epochs} epochs averages {now}, about {times} times its start ({start}). The steps are too large for this network: lower the learning rate ({learningRate}) or clip the gradients.',
  'doctor.overfitting.title': 'Overfitting since epoch {epoch}',
  'doctor.overfitting.explanation':
    'The test loss was lowest at epoch {epoch} ({bestTestLoss}) and has risen to {testLoss}, while the train loss kept falling from {trainLossThen} to {trainLoss}. The network is learning the training examples by heart rather than the pattern: regularize it, or stop at epoch {epoch}.',
  'doctor.lossMismatch.title': 'The loss does not fit the output layer',
  'doctor.lossMismatch.explanation':
    '{loss} is not made for {classes} classes: it trains, but its gradients say little about which class is right. {natural} fits this output layer.',
  'doctor.learningRateTooLow.title': 'Learning rate too low: the loss barely moves',
  'doctor.learningRateTooLow.explanation':
    'After {epochs} epochs the train loss has fallen only {fall} (from {start} to {best}). With a learning rate of {learningRate}, {optimizer} takes steps too small to get anywhere.',
  'doctor.plateau.title': 'Stuck on a plateau',
  'doctor.plateau.explanation':
    'Over the last {epochs} epochs the train loss went only from {before} to {after}, with train accuracy at {score}. The network has stopped improving before fitting the data: a larger learning rate or an adaptive optimizer can get it moving.',

  'doctor.fix.learningRate': 'Learning rate {from} → {to}',
  'doctor.fix.optimizer': 'Switch to {optimizer} (learning rate {rate})',
  'doctor.fix.clipNorm': 'Clip gradients at norm {norm}',
  'doctor.fix.l2': 'L2 {from} → {to}',
  'doctor.fix.dropout': 'Add dropout {rate} after each dense layer',
  'doctor.fix.epochs': 'Train {to} epochs, not {from}',
  'doctor.fix.loss': 'Use {loss}',
} as const;
