/**
 * A PyTorch script that trains the run's network again off the browser: the same layers,
 * activations, initialisers, L1/L2, loss, optimizer rule with every hyper-parameter, schedule,
 * clipping, batch size and epochs, on the exported data.csv, optionally from weights.json. The app
 * follows Keras 3; where torch's own classes follow another rule, the script writes Keras's out and
 * a comment says how torch's differs (docs/decisions/export.md).
 */

import { LEAKY_RELU_SLOPE } from '../../../core/registries/activations';
import { INITIALIZERS } from '../../../core/registries/initializers';
import { BATCH_NORM } from '../../../core/registries/layers';
import { HUBER_DELTA } from '../../../core/registries/losses';
import { EXPORT_FILE_NAMES } from '../../../core/run/exportFormat';
import { PROBABILITY_EPSILON } from '../lossPrimitives';
import type { LayerLayout } from '../networkLayout';
import { resolveParams } from '../optimizerParams';
import type { TrainedState } from './trainedState';

/** Fan-in and fan-out of a kernel shape, as Keras computes them ([in, out] or [k, k, in, out]). */
function fans(shape: readonly number[]): [number, number] {
  const receptiveField = shape.length === 4 ? (shape[0] ?? 1) * (shape[1] ?? 1) : 1;
  return [(shape[shape.length - 2] ?? 1) * receptiveField, (shape[shape.length - 1] ?? 1) * receptiveField];
}

/** One layer as the script's CONFIG describes it. */
function layerConfig(layer: LayerLayout): Record<string, unknown> {
  const kernel = layer.parts.find((part) => part.role === 'kernel');
  const base: Record<string, unknown> = {
    kind: layer.kind,
    activation: layer.activation,
    outputShape: layer.outputShape,
  };
  if (kernel) {
    const [fanIn, fanOut] = fans(kernel.shape);
    Object.assign(base, {
      kernelShape: kernel.shape,
      initializer: layer.initializer,
      initLimit: INITIALIZERS[layer.initializer].limit(fanIn, fanOut),
      l1: layer.regularization.l1,
      l2: layer.regularization.l2,
    });
  }
  const config = layer.config;
  if (config?.kind === 'conv2d') Object.assign(base, { stride: config.stride, padding: config.padding });
  if (config?.kind === 'maxPool2d' || config?.kind === 'avgPool2d') base.poolSize = config.poolSize;
  if (config?.kind === 'dropout') base.rate = config.rate;
  return base;
}

/** Everything the script needs, as JSON it embeds. */
export function scriptConfig(state: TrainedState): Record<string, unknown> {
  const { experiment, layout, dataset } = state;
  const { optimizer, training } = experiment;
  return {
    dataset: experiment.dataset.id,
    task: dataset.task,
    exampleShape: layout.exampleShape,
    numClasses: dataset.numClasses,
    output: layout.output,
    layers: layout.layers.map(layerConfig),
    loss: experiment.loss,
    optimizer: {
      id: optimizer.id,
      params: resolveParams(optimizer.id, optimizer.params, {}),
      schedule: optimizer.schedule ?? null,
      clipNorm: optimizer.clipNorm ?? null,
    },
    batchSize: training.batchSize,
    epochs: training.epochs,
    seed: training.seed,
    parameterCount: layout.parameterCount,
    exportedAtEpoch: state.epoch,
    constants: {
      probabilityEpsilon: PROBABILITY_EPSILON,
      batchNormMomentum: BATCH_NORM.momentum,
      batchNormEpsilon: BATCH_NORM.epsilon,
      leakyReluSlope: LEAKY_RELU_SLOPE,
      huberDelta: HUBER_DELTA,
    },
  };
}

/** The script's text. */
export function pytorchScript(state: TrainedState): string {
  const config = JSON.stringify(scriptConfig(state), null, 2);
  // Ids and numbers only; a triple quote would end the Python string early.
  if (config.includes('"""')) throw new Error('The settings cannot be written into a Python string.');
  const { experiment } = state;
  return `#!/usr/bin/env python3
"""A Training Playground run rebuilt in PyTorch: ${experiment.dataset.id}, ${state.layout.layers.length} layers,
loss ${experiment.loss}, optimizer ${experiment.optimizer.id}. Exported at epoch ${state.epoch}.

    python3 ${EXPORT_FILE_NAMES.pytorchScript}                                # fresh weights, every epoch
    python3 ${EXPORT_FILE_NAMES.pytorchScript} --weights ${EXPORT_FILE_NAMES.weightsJson}         # from the app's weights
    python3 ${EXPORT_FILE_NAMES.pytorchScript} --data ${EXPORT_FILE_NAMES.dataCsv} --epochs 2

The app follows Keras 3's definitions, and so does this script. Where torch's own class follows
another rule, the script writes Keras's rule out and a comment says how torch's differs.
"""

import argparse
import csv
import json
import math
import random

import torch
import torch.nn.functional as F

CONFIG = json.loads(
    r"""
${config}
"""
)
K = CONFIG["constants"]


# ── data ──────────────────────────────────────────────────────────────────────────────────────


def read_data(path):
    """data.csv: split, x1..xn (as the network sees them), label or target."""
    parts = {"train": ([], []), "test": ([], [])}
    with open(path, newline="") as handle:
        rows = csv.reader(handle)
        width = len(next(rows)) - 2
        for row in rows:
            features, targets = parts[row[0]]
            features.append([float(value) for value in row[1 : 1 + width]])
            targets.append(float(row[1 + width]))

    def pack(name):
        features, targets = parts[name]
        x = torch.tensor(features, dtype=torch.float32).reshape(-1, *CONFIG["exampleShape"])
        return x, torch.tensor(targets, dtype=torch.float32)

    return pack("train"), pack("test")


def encode(labels):
    """Targets for the output layer: 0/1 or -1/+1 (hinge), one-hot, or the regression target."""
    encoding, units = CONFIG["output"]["targetEncoding"], CONFIG["output"]["units"]
    if encoding == "real":
        return labels.reshape(-1, 1)
    off = -1.0 if encoding.startswith("signed") else 0.0
    if encoding in ("binary01", "signedBinary"):
        return torch.where(labels.reshape(-1, 1) == 1, 1.0, off)
    encoded = torch.full((len(labels), units), off)
    encoded[torch.arange(len(labels)), labels.long()] = 1.0
    return encoded


# ── model: images stay [batch, height, width, channels] as in the app and Keras ─────────────


def uniform_kernel(spec):
    # Keras's uniform initialisers (${Object.keys(INITIALIZERS).join(', ')}): U(-limit, limit) from the fans.
    # The app draws from its own seeded generator, so fresh weights here differ from the app's;
    # --weights starts from the app's own.
    return torch.nn.Parameter(torch.empty(spec["kernelShape"]).uniform_(-spec["initLimit"], spec["initLimit"]))


class Dense(torch.nn.Module):
    def __init__(self, spec):
        super().__init__()
        # Kernel [inputs, units] as Keras keeps it (torch.nn.Linear keeps its transpose).
        self.kernel = uniform_kernel(spec)
        self.bias = torch.nn.Parameter(torch.zeros(spec["kernelShape"][-1]))

    def forward(self, x):
        # An image reaching a dense layer is read as one row, channels last.
        return x.reshape(x.shape[0], -1) @ self.kernel + self.bias


def same_padding(size, kernel, stride):
    # Keras's "same": the odd pixel of padding goes at the bottom and right; torch's padding="same"
    # takes stride 1 only.
    total = max((math.ceil(size / stride) - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


class Conv2D(torch.nn.Module):
    def __init__(self, spec):
        super().__init__()
        # Kernel [k, k, in, out] as Keras keeps it (torch.nn.Conv2d keeps [out, in, k, k]).
        self.kernel = uniform_kernel(spec)
        self.bias = torch.nn.Parameter(torch.zeros(spec["kernelShape"][-1]))
        self.stride, self.padding = spec["stride"], spec["padding"]

    def forward(self, x):
        x = x.permute(0, 3, 1, 2)
        k = self.kernel.shape[0]
        if self.padding == "same":
            top, bottom = same_padding(x.shape[2], k, self.stride)
            left, right = same_padding(x.shape[3], k, self.stride)
            x = F.pad(x, (left, right, top, bottom))
        z = F.conv2d(x, self.kernel.permute(3, 2, 0, 1), self.bias, stride=self.stride)
        return z.permute(0, 2, 3, 1)


class Pool(torch.nn.Module):
    def __init__(self, spec):
        super().__init__()
        self.size, self.is_max = spec["poolSize"], spec["kind"] == "maxPool2d"

    def forward(self, x):
        pool = F.max_pool2d if self.is_max else F.avg_pool2d
        return pool(x.permute(0, 3, 1, 2), self.size, self.size).permute(0, 2, 3, 1)


class Flatten(torch.nn.Module):
    def forward(self, x):
        return x.reshape(x.shape[0], -1)


class Dropout(torch.nn.Module):
    def __init__(self, spec):
        super().__init__()
        self.rate = spec["rate"]

    def forward(self, x):
        # Inverted dropout, as the app's; the app draws its masks from its own seed, so they differ.
        return F.dropout(x, self.rate, self.training)


class BatchNorm(torch.nn.Module):
    """Keras's BatchNormalization over the last axis. torch.nn.BatchNorm differs: it keeps the
    unbiased batch variance in its running average, wants channels first, and its momentum is
    1 - Keras's (0.01 for Keras's 0.99)."""

    def __init__(self, spec):
        super().__init__()
        channels = spec["outputShape"][-1]
        self.gamma = torch.nn.Parameter(torch.ones(channels))
        self.beta = torch.nn.Parameter(torch.zeros(channels))
        self.register_buffer("moving_mean", torch.zeros(channels))
        self.register_buffer("moving_variance", torch.ones(channels))

    def forward(self, x):
        if self.training:
            axes = tuple(range(x.dim() - 1))
            mean, variance = x.mean(axes), x.var(axes, unbiased=False)
            m = K["batchNormMomentum"]
            with torch.no_grad():
                self.moving_mean.mul_(m).add_(mean.detach() * (1 - m))
                self.moving_variance.mul_(m).add_(variance.detach() * (1 - m))
        else:
            mean, variance = self.moving_mean, self.moving_variance
        return (x - mean) / torch.sqrt(variance + K["batchNormEpsilon"]) * self.gamma + self.beta


LAYERS = {"dense": Dense, "conv2d": Conv2D, "maxPool2d": Pool, "avgPool2d": Pool, "dropout": Dropout, "batchNorm": BatchNorm}


def activate(name, z):
    if name == "relu":
        return F.relu(z)
    if name == "leakyRelu":
        return F.leaky_relu(z, K["leakyReluSlope"])
    if name == "elu":
        return F.elu(z)
    if name == "selu":
        return F.selu(z)
    if name == "tanh":
        return torch.tanh(z)
    if name == "sigmoid":
        return torch.sigmoid(z)
    if name == "softplus":
        return F.softplus(z)
    if name == "swish":
        return F.silu(z)
    if name == "softmax":
        return F.softmax(z, dim=-1)
    return z


class Network(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.specs = CONFIG["layers"]
        self.layers = torch.nn.ModuleList(
            LAYERS[spec["kind"]](spec) if spec["kind"] in LAYERS else Flatten() for spec in self.specs
        )

    def forward(self, x):
        """The output layer's pre-activation z (logits) and output h."""
        z = x
        for spec, layer in zip(self.specs, self.layers):
            z = layer(x)
            x = activate(spec["activation"], z) if spec["kind"] in ("dense", "conv2d") else z
        return z, x

    def penalty(self):
        """Keras's kernel regularizers, each layer's own strengths: l1 * sum|W| + l2 * sum W^2 (never biases)."""
        total = torch.zeros(())
        for spec, layer in zip(self.specs, self.layers):
            if "kernelShape" in spec and (spec["l1"] > 0 or spec["l2"] > 0):
                total = total + spec["l1"] * layer.kernel.abs().sum() + spec["l2"] * layer.kernel.square().sum()
        return total


def load_weights(network, path):
    """Starts from weights.json; returns the epoch it was exported at."""
    with open(path) as handle:
        document = json.load(handle)
    names = {"kernel": "kernel", "bias": "bias", "gamma": "gamma", "beta": "beta"}
    names.update({"movingMean": "moving_mean", "movingVariance": "moving_variance"})
    for entry in document["layers"]:
        layer = network.layers[entry["index"]]
        for key, attribute in names.items():
            if key not in entry:
                continue
            target = getattr(layer, attribute)
            values = torch.tensor(entry[key]["values"], dtype=torch.float32).reshape(entry[key]["shape"])
            if values.shape != target.shape:
                raise SystemExit(f"{path}: layer {entry['index'] + 1}'s {key} is {list(values.shape)}, not {list(target.shape)}")
            with torch.no_grad():
                target.copy_(values)
    return document["epoch"]


# ── loss and metrics ──────────────────────────────────────────────────────────────────────────


def per_example_loss(targets, outputs):
    """Keras's losses of the outputs, averaged over output units; probabilities clipped to [eps, 1 - eps]."""
    loss, eps = CONFIG["loss"], K["probabilityEpsilon"]
    if loss == "binaryCrossentropy":
        p = outputs.clamp(eps, 1 - eps)
        return -(targets * torch.log(p) + (1 - targets) * torch.log(1 - p)).mean(-1)
    if loss == "categoricalCrossentropy":
        return -(targets * torch.log(outputs.clamp(eps, 1 - eps))).sum(-1)
    if loss == "meanSquaredError":
        return (targets - outputs).square().mean(-1)
    if loss == "meanAbsoluteError":
        return (targets - outputs).abs().mean(-1)
    if loss == "hinge":
        return (1 - targets * outputs).clamp(min=0).mean(-1)
    if loss == "squaredHinge":
        return (1 - targets * outputs).clamp(min=0).square().mean(-1)
    if loss == "huber":
        error = (targets - outputs).abs()
        quadratic = error.clamp(max=K["huberDelta"])
        return (0.5 * quadratic.square() + K["huberDelta"] * (error - quadratic)).mean(-1)
    raise ValueError(loss)


def training_loss(targets, logits, outputs):
    """What a step minimises: cross-entropy from the logits on its matching output, as Keras's
    TensorFlow backend does (its gradient never vanishes on a saturated wrong answer)."""
    activation = CONFIG["output"]["activation"]
    if CONFIG["loss"] == "binaryCrossentropy" and activation == "sigmoid":
        return F.binary_cross_entropy_with_logits(logits, targets, reduction="none").mean(-1).mean()
    if CONFIG["loss"] == "categoricalCrossentropy" and activation == "softmax":
        return -(targets * F.log_softmax(logits, dim=-1)).sum(-1).mean()
    return per_example_loss(targets, outputs).mean()


@torch.no_grad()
def evaluate(network, x, labels):
    """Mean loss (without the L1/L2 terms, as the app's curves) and accuracy, or R² for regression."""
    network.train(False)  # evaluation mode: dropout off, batch norm on its running statistics
    losses, scores = [], []
    for start in range(0, len(x), 1024):
        _, outputs = network(x[start : start + 1024])
        part = labels[start : start + 1024]
        losses.append(per_example_loss(encode(part), outputs).double())
        if CONFIG["task"] == "regression":
            scores.append((outputs.reshape(-1) - part).double().square())
        elif CONFIG["output"]["units"] == 1:
            threshold = 0.0 if CONFIG["output"]["activation"] == "linear" else 0.5
            scores.append(((outputs.reshape(-1) > threshold).double() == part.double()).double())
        else:
            scores.append((outputs.argmax(-1).double() == part.double()).double())
    network.train()
    loss, score = torch.cat(losses).mean().item(), torch.cat(scores)
    if CONFIG["task"] == "regression":
        total = (labels.double() - labels.double().mean()).square().sum().item()
        return loss, 1 - score.sum().item() / total if total > 0 else 0.0
    return loss, score.mean().item()


# ── optimizer: Keras 3's rules, in float32 ────────────────────────────────────────────────────


def learning_rate(steps_done, steps_per_epoch):
    """The schedule's rate after steps_done steps; decay steps are counted in epochs, as in the app."""
    base, schedule = CONFIG["optimizer"]["params"]["learningRate"], CONFIG["optimizer"]["schedule"]
    if schedule is None or schedule["id"] == "constant":
        return base
    p = schedule["params"]
    decay_steps = p["decayEpochs"] * max(steps_per_epoch, 1)
    if schedule["id"] == "stepDecay":
        return base * p["decayRate"] ** math.floor(steps_done / decay_steps)
    if schedule["id"] == "exponentialDecay":
        return base * p["decayRate"] ** (steps_done / decay_steps)
    cosine = 0.5 * (1 + math.cos(math.pi * min(steps_done, decay_steps) / decay_steps))
    return base * ((1 - p["alpha"]) * cosine + p["alpha"])


def clip_global_norm(gradients):
    # Keras's global_clipnorm: g * c / max(norm, c). torch.nn.utils.clip_grad_norm_ scales by
    # c / (norm + 1e-6) instead, slightly more.
    bound = CONFIG["optimizer"]["clipNorm"]
    if bound is None:
        return gradients
    norm = torch.sqrt(sum(torch.sum(g.double() * g.double()) for g in gradients)).float()
    c = torch.tensor(bound, dtype=torch.float32)
    return [g * (c / torch.maximum(norm, c)) for g in gradients]


class KerasOptimizer:
    """The app's optimizer, Keras 3's update rule, every hyper-parameter from the app:
${optimizerComment(state)}"""

    def __init__(self, parameters):
        self.parameters = list(parameters)
        self.p = CONFIG["optimizer"]["params"]
        self.slots = [{} for _ in self.parameters]
        self.iterations = 0

    def step(self, lr):
        self.iterations += 1
        gradients = clip_global_norm([w.grad for w in self.parameters])
        with torch.no_grad():
            for w, g, slots in zip(self.parameters, gradients, self.slots):
                w.copy_(self.update(w, g, lr, slots))

    def update(self, w, g, lr, slots):
        p, t, opt = self.p, self.iterations, CONFIG["optimizer"]["id"]

        def c(value):  # a setting rounded to float32, as Keras rounds its Python floats
            return torch.tensor(value, dtype=torch.float32)

        def slot(name, initial=0.0):
            return slots.setdefault(name, torch.full_like(w, initial))

        if opt == "sgd":
            mu = p["momentum"]
            if mu == 0:
                return w - g * c(lr)
            v = slots["momentum"] = slot("momentum") * c(mu) - g * c(lr)
            return w + (v * c(mu) - g * c(lr) if p["nesterov"] else v)
        if opt == "rmsprop":
            rho, eps = c(p["rho"]), c(p["epsilon"])
            v = slots["velocity"] = rho * slot("velocity") + c(1 - p["rho"]) * (g * g)
            if p["centered"]:
                average = slots["average"] = rho * slot("average") + c(1 - p["rho"]) * g
                denominator = v - average * average + eps
            else:
                denominator = v + eps
            increment = c(lr) * g / torch.sqrt(denominator)
            if p["momentum"] > 0:
                buffer = slots["momentum"] = c(p["momentum"]) * slot("momentum") + increment
                return w - buffer
            return w - increment
        if opt == "adagrad":
            accumulator = slots["accumulator"] = slot("accumulator", p["initialAccumulatorValue"]) + g * g
            return w - c(lr) * g / torch.sqrt(accumulator + c(p["epsilon"]))
        if opt == "adadelta":
            rho, eps = c(p["rho"]), c(p["epsilon"])
            gradients = slots["gradients"] = rho * slot("gradients") + c(1 - p["rho"]) * (g * g)
            delta = -(torch.sqrt(slot("deltas") + eps) * g / torch.sqrt(gradients + eps))
            slots["deltas"] = rho * slots["deltas"] + c(1 - p["rho"]) * (delta * delta)
            return w + c(lr) * delta
        if opt == "adam":
            b1, b2 = p["beta1"], p["beta2"]
            alpha = lr * math.sqrt(1 - b2**t) / (1 - b1**t)
            m = slots["m"] = slot("m") + (g - slot("m")) * c(1 - b1)
            v = slots["v"] = slot("v") + (g * g - slot("v")) * c(1 - b2)
            return w - m * c(alpha) / (torch.sqrt(v) + c(p["epsilon"]))
        if opt == "adamax":
            b1 = p["beta1"]
            m = slots["m"] = slot("m") + (g - slot("m")) * c(1 - b1)
            u = slots["u"] = torch.maximum(c(p["beta2"]) * slot("u"), torch.abs(g))
            return w - c(lr) * m / (c(1 - b1**t) * (u + c(p["epsilon"])))
        raise ValueError(opt)


# ── training ──────────────────────────────────────────────────────────────────────────────────


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="${EXPORT_FILE_NAMES.dataCsv}", help="the exported data split (CSV)")
    parser.add_argument("--weights", help="start from the exported weights (JSON) instead of fresh ones")
    parser.add_argument("--epochs", type=int, help="epochs to train (default: up to the app's setting)")
    args = parser.parse_args()

    seed = CONFIG["seed"]
    random.seed(seed)
    torch.manual_seed(seed)
    (train_x, train_y), (test_x, test_y) = read_data(args.data)
    network = Network()
    start_epoch = load_weights(network, args.weights) if args.weights else 0
    count = sum(w.numel() for w in network.parameters())
    print(f"parameters {count} (the app: {CONFIG['parameterCount']})")

    batch_size = max(1, min(CONFIG["batchSize"], len(train_x)))
    steps_per_epoch = math.ceil(len(train_x) / batch_size)
    epochs = args.epochs if args.epochs is not None else max(CONFIG["epochs"] - start_epoch, 0)
    # The optimizer's slots (moments, accumulators) are not exported: they start from zero, as a
    # fresh Keras optimizer's do; the schedule goes on from the exported epoch.
    optimizer = KerasOptimizer(network.parameters())
    order = torch.Generator().manual_seed(seed)

    def report(epoch):
        train_loss, train_score = evaluate(network, train_x, train_y)
        test_loss, test_score = evaluate(network, test_x, test_y)
        score = "r2" if CONFIG["task"] == "regression" else "accuracy"
        print(
            f"epoch {epoch}: train_loss={train_loss:.8f} train_{score}={train_score:.6f} "
            f"test_loss={test_loss:.8f} test_{score}={test_score:.6f}",
            flush=True,
        )

    report(start_epoch)
    for epoch in range(start_epoch + 1, start_epoch + epochs + 1):
        # The app's batch order comes from its own seeded generator; this one is torch's.
        permutation = torch.randperm(len(train_x), generator=order)
        for step, start in enumerate(range(0, len(train_x), batch_size)):
            rows = permutation[start : start + batch_size]
            logits, outputs = network(train_x[rows])
            loss = training_loss(encode(train_y[rows]), logits, outputs) + network.penalty()
            network.zero_grad()
            loss.backward()
            optimizer.step(learning_rate((epoch - 1) * steps_per_epoch + step, steps_per_epoch))
        report(epoch)


if __name__ == "__main__":
    main()
`;
}

/** The docstring lines on the optimizer: its settings and how torch.optim's class differs. */
function optimizerComment(state: TrainedState): string {
  const { id } = state.experiment.optimizer;
  const differences: Record<string, string> = {
    sgd: 'torch.optim.SGD keeps the momentum buffer without the learning rate (b = mu*b + g; w -= lr*b): the same steps at a constant rate, others after a schedule changes it.',
    rmsprop:
      'torch.optim.RMSprop divides by sqrt(v) + eps; Keras by sqrt(v + eps). After a few epochs the weights differ by several per cent (docs/decisions/export.md).',
    adagrad:
      'torch.optim.Adagrad divides by sqrt(s) + eps and starts s at its own initial_accumulator_value (0 by default); Keras by sqrt(s + eps).',
    adadelta: 'torch.optim.Adadelta follows the same rule.',
    adam: 'torch.optim.Adam adds eps to the bias-corrected sqrt(v); Keras adds it to sqrt(v) and folds the corrections into the step size ("epsilon hat"). The weights differ by about 1e-4 relative.',
    adamax: 'torch.optim.Adamax adds eps inside the max (max(b2*u, |g| + eps)); Keras adds it after.',
  };
  const settings = JSON.stringify(resolveParams(id, state.experiment.optimizer.params, {}));
  return `    ${id} ${settings}.\n    ${differences[id] ?? ''}`;
}
