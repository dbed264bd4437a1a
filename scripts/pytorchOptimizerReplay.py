"""Replays both engines' optimizer rules (Keras 3's: tfjs's in float32 op by op, the plain-JavaScript
engine's in float64 with float32 storage) in PyTorch on the fixed problem of
test/oracles/optimizerReferences.ts, and writes each step's weights to
test/fixtures/pytorchOptimizerReplay.json, which src/train/shared/pytorchReplay.test.ts compares with.

An independent implementation on another library: if an engine drifts from float32 Keras, the
fixture says so. Regenerate with Debian's python3 and python3-torch (apt-get install python3-torch):

    /usr/bin/python3 scripts/pytorchOptimizerReplay.py
"""

import json
import math
import pathlib

import torch

A = [0.5, 2, 1.5, 0.8, 3, 1.2, 0.4]
B = [0.3, -1, 0.7, 0.2, 0.1, -0.6, 1.1]
W0 = [1.2, -0.7, 0.4, 0.9, -1.1, 0.25, -0.5]
SPLIT = 4  # two variables, a 2x2 matrix and a 3-vector, as a model has several
F32 = torch.float32


class Engine:
    """How an engine computes: tfjs in float32 op by op; the JS engine in float64 from float32-rounded
    settings, storing weights and slots in float32 (Float32Array)."""

    def __init__(self, name):
        self.name = name
        self.dtype = F32 if name == "tfjs" else torch.float64

    def scalar(self, value):
        """A float64 setting rounded once to float32, as Keras does with Python floats."""
        return torch.tensor(value, dtype=F32).to(self.dtype)

    def store(self, tensor):
        """What a float32 store keeps of a value: nothing to do where every op is float32."""
        return tensor.to(F32).to(self.dtype)

    def vector(self, values):
        """A constant of the problem: float32 tensors in tfjs, float64 numbers in JS."""
        return torch.tensor(values, dtype=self.dtype)


def learning_rate(schedule, base, done, steps_per_epoch):
    """Keras's schedule after `done` steps, in float64."""
    if schedule is None or schedule["id"] == "constant":
        return base
    p = schedule["params"]
    decay_steps = p["decayEpochs"] * steps_per_epoch
    if schedule["id"] == "stepDecay":
        return base * p["decayRate"] ** math.floor(done / decay_steps)
    if schedule["id"] == "exponentialDecay":
        return base * p["decayRate"] ** (done / decay_steps)
    cosine = 0.5 * (1 + math.cos(math.pi * min(done, decay_steps) / decay_steps))
    return base * ((1 - p["alpha"]) * cosine + p["alpha"])


def update(e, opt, w, g, p, lr, t, slots):
    """One variable's step of optimizer `opt` on engine `e`; returns the new weights."""
    c, r = e.scalar, e.store

    def slot(name, initial=0.0):
        return slots.setdefault(name, r(torch.full_like(w, initial)))

    if opt == "sgd":
        mu = p["momentum"]
        if mu == 0:
            return r(w - g * c(lr))
        v = r(slot("momentum") * c(mu) - g * c(lr))
        slots["momentum"] = v
        return r(w + (v * c(mu) - g * c(lr) if p.get("nesterov") else v))
    if opt == "rmsprop":
        rho, one_minus_rho, eps = c(p["rho"]), c(1 - p["rho"]), c(p["epsilon"])
        v = r(rho * slot("velocity") + one_minus_rho * (g * g))
        slots["velocity"] = v
        if p.get("centered"):
            avg = r(rho * slot("average") + one_minus_rho * g)
            slots["average"] = avg
            denominator = v - avg * avg + eps
        else:
            denominator = v + eps
        increment = c(lr) * g / torch.sqrt(denominator)
        if p["momentum"] > 0:
            buffer = r(c(p["momentum"]) * slot("momentum") + increment)
            slots["momentum"] = buffer
            return r(w - buffer)
        return r(w - increment)
    if opt == "adagrad":
        acc = r(slot("accumulator", p["initialAccumulatorValue"]) + g * g)
        slots["accumulator"] = acc
        return r(w - c(lr) * g / torch.sqrt(acc + c(p["epsilon"])))
    if opt == "adadelta":
        rho, one_minus_rho, eps = c(p["rho"]), c(1 - p["rho"]), c(p["epsilon"])
        ag = r(rho * slot("gradients") + one_minus_rho * (g * g))
        slots["gradients"] = ag
        delta = -(torch.sqrt(slot("deltas") + eps) * g / torch.sqrt(ag + eps))
        slots["deltas"] = r(rho * slots["deltas"] + one_minus_rho * (delta * delta))
        return r(w + c(lr) * delta)
    if opt == "adam":
        b1, b2 = p["beta1"], p["beta2"]
        alpha = lr * math.sqrt(1 - b2**t) / (1 - b1**t)
        m = r(slot("m") + (g - slot("m")) * c(1 - b1))
        v = r(slot("v") + (g * g - slot("v")) * c(1 - b2))
        slots["m"], slots["v"] = m, v
        return r(w - m * c(alpha) / (torch.sqrt(v) + c(p["epsilon"])))
    if opt == "adamax":
        b1 = p["beta1"]
        m = r(slot("m") + (g - slot("m")) * c(1 - b1))
        u = r(torch.maximum(c(p["beta2"]) * slot("u"), torch.abs(g)))
        slots["m"], slots["u"] = m, u
        return r(w - c(lr) * m / (c(1 - b1**t) * (u + c(p["epsilon"]))))
    raise ValueError(opt)


def clip(e, gs, clip_norm):
    """Global-norm clipping: in float32 tensors in tfjs, in float64 loops with the exact norm in JS."""
    # tfjs's cpu sum adds a variable's squares in float64 and stores the total in float32.
    total = torch.zeros((), dtype=e.dtype)
    for gk in gs:
        part = torch.sum((gk * gk).to(torch.float64))
        total = total + (part.to(F32) if e.name == "tfjs" else part)
    norm = torch.sqrt(total)
    bound = e.scalar(clip_norm) if e.name == "tfjs" else torch.tensor(clip_norm, dtype=e.dtype)
    return [gk * (bound / torch.maximum(norm, bound)) for gk in gs]


def replay(e, case):
    """Each step's weights of one case on engine `e`, as float32 values written in full."""
    a = [e.vector(A[:SPLIT]), e.vector(A[SPLIT:])]
    b = [e.vector(B[:SPLIT]), e.vector(B[SPLIT:])]
    ws = [e.store(e.vector(W0[:SPLIT])), e.store(e.vector(W0[SPLIT:]))]
    slots = [{}, {}]
    params = dict(case["params"])
    history = []
    for t in range(1, case["steps"] + 1):
        params.update(case.get("changes", {}).get(str(t), {}))
        lr = learning_rate(case.get("schedule"), params["learningRate"], t - 1, case.get("stepsPerEpoch", 1))
        gs = [ak * wk - bk for ak, wk, bk in zip(a, ws, b)]
        if "clipNorm" in case:
            gs = clip(e, gs, case["clipNorm"])
        ws = [update(e, case["id"], wk, gk, params, lr, t, sk) for wk, gk, sk in zip(ws, gs, slots)]
        history.append([float(x) for wk in ws for x in wk.tolist()])
    return history


BASE = {
    "sgd": {"learningRate": 0.1, "momentum": 0.9, "nesterov": True},
    "rmsprop": {"learningRate": 0.05, "rho": 0.9, "momentum": 0.5, "epsilon": 1e-7, "centered": False},
    "adagrad": {"learningRate": 0.1, "initialAccumulatorValue": 0.1, "epsilon": 1e-7},
    "adadelta": {"learningRate": 1, "rho": 0.95, "epsilon": 1e-3},
    "adam": {"learningRate": 0.1, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-7},
    "adamax": {"learningRate": 0.1, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-7},
}
RMSPROP = {"learningRate": 0.05, "rho": 0.9, "momentum": 0, "epsilon": 0.01, "centered": False}
RULES = [
    ("sgd", {"learningRate": 0.1, "momentum": 0, "nesterov": False}),
    ("sgd", {"learningRate": 0.1, "momentum": 0.9, "nesterov": False}),
    ("rmsprop", RMSPROP),
    ("rmsprop", {**RMSPROP, "centered": True}),
    ("rmsprop", {**RMSPROP, "momentum": 0.5, "centered": True}),
    ("adagrad", {"learningRate": 0.1, "initialAccumulatorValue": 1, "epsilon": 0.01}),
    ("adadelta", {"learningRate": 1, "rho": 0.5, "epsilon": 1e-2}),
    ("adam", {"learningRate": 0.1, "beta1": 0.8, "beta2": 0.99, "epsilon": 0.05}),
    ("adamax", {"learningRate": 0.1, "beta1": 0.7, "beta2": 0.9, "epsilon": 0.05}),
]
SCHEDULES = [
    {"id": "stepDecay", "params": {"decayEpochs": 2, "decayRate": 0.5}},
    {"id": "exponentialDecay", "params": {"decayEpochs": 2, "decayRate": 0.3}},
    {"id": "cosineDecay", "params": {"decayEpochs": 3, "alpha": 0.1}},
]


def cases():
    for opt, params in RULES + list(BASE.items()):
        yield {"id": opt, "params": params, "steps": 8}
    for opt, params in BASE.items():
        yield {"id": opt, "params": params, "steps": 8, "changes": {"5": {"learningRate": params["learningRate"] * 0.3}}}
        yield {"id": opt, "params": params, "steps": 10, "clipNorm": 0.5}
        for schedule in SCHEDULES:
            yield {"id": opt, "params": params, "steps": 16, "schedule": schedule, "stepsPerEpoch": 3}


def main():
    engines = [Engine("tfjs"), Engine("js")]
    out = [{**case, "weights": {e.name: replay(e, case) for e in engines}} for case in cases()]
    path = pathlib.Path(__file__).resolve().parent.parent / "test" / "fixtures" / "pytorchOptimizerReplay.json"
    document = {"generatedBy": "scripts/pytorchOptimizerReplay.py", "torch": torch.__version__, "cases": out}
    path.write_text(json.dumps(document, indent=None, separators=(",", ":")) + "\n")
    print(f"{len(out)} cases written to {path}")


if __name__ == "__main__":
    main()
