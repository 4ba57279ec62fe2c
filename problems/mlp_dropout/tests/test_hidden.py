"""Hidden tests for MLP: parameters, eval mode against the affine map, train-mode mask statistics
on a wide hidden layer with a fixed seed, expectation preserved, mode switching, p = 0, and
learning a small XOR-like problem with Adam."""

import math

import numpy as np
import pytest
import torch
from support import describe_model, eval_pass, hidden_units

from harness.authoring import check, check_close

SIZES = [(4, 8, 3), (10, 32, 5), (1, 1, 1), (7, 100, 2)]


@pytest.mark.parametrize("in_dim,hidden,out_dim", SIZES, ids=[f"{a}-{b}-{c}" for a, b, c in SIZES])
def test_parameter_count_and_layers(worker, in_dim, hidden, out_dim):
    """fc1 = Linear(in_dim, hidden), fc2 = Linear(hidden, out_dim), nothing else trainable."""
    call = f"MLP({in_dim}, {hidden}, {out_dim}, p=0.3)"
    info = worker.probe(describe_model, in_dim, hidden, out_dim, 0.3, label=call)
    want_layers = {"fc1": ((hidden, in_dim), (hidden,)), "fc2": ((out_dim, hidden), (out_dim,))}
    check(info["layers"] == want_layers, lambda: (
        f"{call}: expected self.fc1 = torch.nn.Linear({in_dim}, {hidden}) and self.fc2 = "
        f"torch.nn.Linear({hidden}, {out_dim}) (weight, bias shapes {want_layers}); found {info['layers']}"))
    want = in_dim * hidden + hidden + hidden * out_dim + out_dim
    check(info["count"] == want, lambda: f"{call} has {info['count']} parameters; expected {want} "
          "(in*h + h + h*out + out): dropout has no parameters")


@pytest.mark.parametrize("p", [0.0, 0.3, 0.7])
def test_eval_mode_is_the_affine_map(worker, np_rng, tol, p):
    """In eval mode forward is deterministic and equals relu(x W1^T + b1) W2^T + b2."""
    x = torch.from_numpy(np_rng.normal(size=(16, 6)))
    call = f"MLP(6, 20, 4, p={p}).double().eval()(x)"
    got = worker.probe(eval_pass, 6, 20, 4, p, x, int(np_rng.integers(1 << 30)), label=call)
    check(torch.equal(got["first"], got["second"]),
          f"{call} gave different answers on two calls with the same input: eval mode must not drop units")
    w1, b1, w2, b2 = got["params"]
    check_close(got["first"], torch.relu(x @ w1.T + b1) @ w2.T + b2, call=call, **tol)


def mask_report(units, p, call):
    """Check one train-mode pass of `hidden_units`: values, fraction dropped, mean."""
    scale = 1.0 / (1.0 - p)
    dropped = units == 0
    kept = units[~dropped]
    n = units.numel()
    check(bool(torch.all(torch.isfinite(units))), f"{call} returned non-finite values")
    if kept.numel():
        worst = float((kept - scale).abs().max())
        check(worst <= 1e-6 * scale, lambda: (
            f"{call}: a kept hidden unit came out as {float(kept[(kept - scale).abs().argmax()]):.6g}; with every "
            f"unit equal to 1 before dropout, survivors must be 1 / (1 - p) = {scale:.6g} (inverted dropout)"))
    fraction = float(dropped.double().mean())
    se = math.sqrt(p * (1 - p) / n)
    check(abs(fraction - p) <= 6 * se + 1e-12, lambda: (
        f"{call} dropped {fraction:.4f} of {n:,} hidden units; expected p = {p} (6 standard errors: "
        f"+-{6 * se:.4f})"))
    mean = float(units.mean())
    mean_se = math.sqrt(p / (1 - p) / n)
    check(abs(mean - 1.0) <= 6 * mean_se + 1e-12, lambda: (
        f"{call}: the mean hidden unit after dropout is {mean:.4f}; expected 1 (its eval-mode value), "
        f"+-{6 * mean_se:.4f}. Scale the survivors by 1 / (1 - p)"))


@pytest.mark.parametrize("p", [0.2, 0.5])
def test_train_mode_drops_a_fraction_p(worker, np_rng, p):
    """In train mode about a fraction p of 200,000 hidden units is zeroed; survivors equal 1/(1-p)."""
    call = f"MLP(3, 1000, 1000, p={p}).train()(x) with every hidden unit equal to 1 before dropout"
    first, second = worker.probe(hidden_units, 1000, p, 200, int(np_rng.integers(1 << 30)), label=call)
    mask_report(first, p, call)
    mask_report(second, p, call + " (second pass)")


@pytest.mark.edge
@pytest.mark.parametrize("p", [0.05, 0.9])
def test_train_mode_small_and_large_p(worker, np_rng, p):
    """Extreme rates: p = 0.05 drops few units (scale 1/0.95), p = 0.9 drops most (scale 10)."""
    call = f"MLP(3, 1000, 1000, p={p}).train()(x) with every hidden unit equal to 1 before dropout"
    first, _ = worker.probe(hidden_units, 1000, p, 200, int(np_rng.integers(1 << 30)), label=call)
    mask_report(first, p, call)


def test_masks_are_independent(worker, np_rng):
    """Each example, each unit and each forward call gets its own draw (not one mask for the batch)."""
    call = "MLP(3, 500, 500, p=0.5).train()(x) with every hidden unit equal to 1 before dropout"
    first, second = worker.probe(hidden_units, 500, 0.5, 100, int(np_rng.integers(1 << 30)), label=call)
    drop = first == 0
    rows_same = float((drop[1:] == drop[:-1]).double().mean())
    cols_same = float((drop[:, 1:] == drop[:, :-1]).double().mean())
    calls_same = float((drop == (second == 0)).double().mean())
    for what, same in (("consecutive examples", rows_same), ("neighbouring units", cols_same),
                       ("two forward calls", calls_same)):
        check(abs(same - 0.5) < 0.05, lambda what=what, same=same: (
            f"{call}: the dropout masks of {what} agree on {same:.3f} of the units; independent draws "
            "with p = 0.5 agree on about half. Draw a mask of the full (batch, hidden) shape on every call"))


def _replay(module, hidden, p, seed):
    """Dropped units (as 0/1) of three train-mode passes on the same input: torch.manual_seed(seed)
    before the first and second, torch.manual_seed(seed + 1) before the third."""
    import torch

    model = module.MLP(3, hidden, hidden, p).double()
    with torch.no_grad():
        model.fc1.weight.zero_()
        model.fc1.bias.fill_(1.0)
        model.fc2.weight.copy_(torch.eye(hidden, dtype=torch.float64))
        model.fc2.bias.zero_()
    model.train()
    x = torch.ones(8, 3, dtype=torch.float64)
    masks = []
    for s in (seed, seed, seed + 1):
        torch.manual_seed(s)
        with torch.no_grad():
            masks.append((model(x) == 0).to(torch.int64))
    return masks


def test_mask_comes_from_torch_generator(worker, np_rng):
    """The mask is drawn from torch's global generator: torch.manual_seed(s) before forward replays
    the same mask, and another seed gives another mask."""
    seed = int(np_rng.integers(1 << 30))
    call = "MLP(3, 200, 200, p=0.5).train()(x) on 8 examples"
    first, again, other = worker.probe(_replay, 200, 0.5, seed, label=call)
    check(torch.equal(first, again), lambda: (
        f"{call}, run twice after torch.manual_seed({seed}), dropped different units "
        f"({int((first != again).sum())} of {first.numel()} differ). Draw the mask from torch's global "
        "generator (torch.rand, torch.rand_like, torch.bernoulli), not numpy's or Python's random, so "
        "that torch.manual_seed makes it repeatable"))
    check(not torch.equal(first, other), lambda: (
        f"{call} dropped the same units after torch.manual_seed({seed}) and torch.manual_seed({seed + 1}): "
        "the mask must come from torch's global generator, not from a fixed seed of your own"))


def _averaging_output(module, hidden, p, seed):
    import torch

    model = module.MLP(3, hidden, 4, p).double()
    with torch.no_grad():
        model.fc1.weight.zero_()
        model.fc1.bias.fill_(1.0)
        model.fc2.weight.fill_(1.0 / hidden)
        model.fc2.bias.zero_()
    model.train()
    torch.manual_seed(seed)
    with torch.no_grad():
        return model(torch.randn(300, 3, dtype=torch.float64))


def test_logits_are_not_dropped(worker, np_rng):
    """Dropout acts on the hidden layer only: a logit averaging 1,000 hidden units is never zeroed."""
    call = "MLP(3, 1000, 4, p=0.5).train()(x) with hidden units 1 and fc2 averaging them"
    out = worker.probe(_averaging_output, 1000, 0.5, int(np_rng.integers(1 << 30)), label=call)
    zeros = int((out == 0).sum())
    check(zeros == 0, lambda: (f"{call}: {zeros} of {out.numel()} logits are exactly 0; each averages 1,000 "
                               "hidden units, so only dropout on the logits themselves can zero it"))
    worst = float((out - 1.0).abs().max())
    check(worst < 0.25, lambda: f"{call}: a logit came out {1.0 + worst:.4g} or {1.0 - worst:.4g}; expected about 1")


def _train_vs_eval_mean(module, x_row, batch, p, seed):
    import torch

    torch.manual_seed(seed)
    model = module.MLP(x_row.shape[1], 64, 3, p).double()
    with torch.no_grad():
        model.fc2.weight.abs_()  # positive weights: no cancellation hides a bias in the mean
    x = x_row.repeat(batch, 1)
    with torch.no_grad():
        model.eval()
        reference = model(x_row)[0]
        model.train()
        out = model(x)
    return {"eval": reference, "mean": out.mean(dim=0), "std": out.std(dim=0)}


@pytest.mark.parametrize("p", [0.3, 0.6])
def test_expectation_is_preserved(worker, np_rng, p):
    """Averaged over 4,000 train-mode passes of one input, the logits match eval mode."""
    x_row = torch.from_numpy(np_rng.normal(size=(1, 5)))
    call = f"MLP(5, 64, 3, p={p}): the train-mode logits of one input repeated 4,000 times"
    got = worker.probe(_train_vs_eval_mean, x_row, 4000, p, int(np_rng.integers(1 << 30)), label=call)
    se = got["std"] / math.sqrt(4000)
    gap = (got["mean"] - got["eval"]).abs()
    worst = int(torch.argmax(gap / (se + 1e-12)))
    check(bool(torch.all(gap <= 6 * se + 1e-9)), lambda: (
        f"{call} average {float(got['mean'][worst]):.5g} for logit {worst}; eval mode gives "
        f"{float(got['eval'][worst]):.5g} (allowed +-{6 * float(se[worst]):.3g}, 6 standard errors). "
        "Inverted dropout scales survivors by 1 / (1 - p) so the expectation is unchanged"))


def _mode_switching(module, x, seed):
    import torch

    torch.manual_seed(seed)
    model = module.MLP(x.shape[1], 256, 3, 0.5).double()
    started_training = bool(model.training)
    with torch.no_grad():
        train_a, train_b = model(x), model(x)
        model.eval()
        eval_a, eval_b = model(x), model(x)
        model.train()
        train_c = model(x)
        model.eval()
        eval_c = model(x)
    return {"started_training": started_training, "train": [train_a, train_b, train_c],
            "eval": [eval_a, eval_b, eval_c]}


def test_train_and_eval_modes_are_respected(worker, np_rng):
    """A new model is in train mode (random); eval() makes it deterministic; train() again random."""
    x = torch.from_numpy(np_rng.normal(size=(8, 4)))
    call = "MLP(4, 256, 3, p=0.5)"
    got = worker.probe(_mode_switching, x, int(np_rng.integers(1 << 30)), label=call)
    check(got["started_training"], f"{call}.training is False right after construction; call super().__init__()")
    train_a, train_b, train_c = got["train"]
    eval_a, eval_b, eval_c = got["eval"]
    check(torch.equal(eval_a, eval_b) and torch.equal(eval_a, eval_c),
          f"{call}: eval mode gave different outputs for the same input (also after train() then eval())")
    check(not torch.equal(train_a, train_b),
          f"{call}: two train-mode passes gave identical outputs; each call must draw a new mask")
    check(not torch.equal(train_c, eval_a),
          f"{call}: after model.train() the output equals eval mode; dropout must act again in train mode")


def _p_zero(module, x, seed):
    import torch

    torch.manual_seed(seed)
    model = module.MLP(x.shape[1], 512, 3, 0.0).double()
    with torch.no_grad():
        model.train()
        train = model(x)
        model.eval()
        return [train, model(x)]


@pytest.mark.edge
def test_p_zero_drops_nothing(worker, np_rng):
    """With p = 0 train mode gives exactly the eval-mode output (no unit dropped, scale 1)."""
    x = torch.from_numpy(np_rng.normal(size=(64, 6)))
    call = "MLP(6, 512, 3, p=0.0).train()(x)"
    train, evaluated = worker.probe(_p_zero, x, int(np_rng.integers(1 << 30)), label=call)
    check_close(train, evaluated, call=call + " against eval mode", rtol=1e-12, atol=1e-12)


def _float32_forward(module, x):
    import torch

    model = module.MLP(x.shape[1], 16, 2, 0.25)
    with torch.no_grad():
        return [model(x), model(x[:1])]


@pytest.mark.edge
def test_float32_and_batch_of_one(worker, np_rng):
    """A default (float32) model returns float32 logits of shape (B, out_dim), also for B = 1."""
    x = torch.from_numpy(np_rng.normal(size=(5, 3)).astype(np.float32))
    out, single = worker.probe(_float32_forward, x, label="MLP(3, 16, 2, p=0.25)(x float32)")
    for got, b in ((out, 5), (single, 1)):
        check(got.dtype == torch.float32 and tuple(got.shape) == (b, 2), lambda got=got, b=b: (
            f"MLP(3, 16, 2, p=0.25)(x of shape ({b}, 3), float32) returned {got.dtype} of shape "
            f"{tuple(got.shape)}; expected float32 of shape ({b}, 2)"))


def _train_xor(module, x, y, seed, steps):
    import torch
    import torch.nn.functional as F

    torch.manual_seed(seed)
    model = module.MLP(2, 32, 2, 0.1)
    # Adam written out: constructing a torch.optim optimizer first imports torch._dynamo, which
    # costs seconds; the update is the same.
    params = list(model.parameters())
    first = [torch.zeros_like(t) for t in params]
    second = [torch.zeros_like(t) for t in params]
    model.train()
    for step in range(1, steps + 1):
        for t in params:
            t.grad = None
        F.cross_entropy(model(x), y).backward()
        with torch.no_grad():
            for t, m, v in zip(params, first, second):
                m.mul_(0.9).add_(t.grad, alpha=0.1)
                v.mul_(0.999).addcmul_(t.grad, t.grad, value=0.001)
                t -= 0.05 * (m / (1 - 0.9 ** step)) / ((v / (1 - 0.999 ** step)).sqrt() + 1e-8)
    model.eval()
    with torch.no_grad():
        return float((model(x).argmax(dim=1) == y).float().mean())


def test_learns_xor_like_clusters(worker, np_rng):
    """Trained with Adam (lr 0.05, 120 full-batch steps, p = 0.1), the model fits XOR-like clusters:
    at least 95% training accuracy in eval mode."""
    centres = np.array([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]])
    which = np_rng.integers(0, 4, size=200)
    x = torch.from_numpy((centres[which] + np_rng.normal(0.0, 0.25, size=(200, 2))).astype(np.float32))
    y = torch.from_numpy((which >= 2).astype(np.int64))
    call = "training MLP(2, 32, 2, p=0.1) with Adam on 200 XOR-like points"
    accuracy = worker.probe(_train_xor, x, y, int(np_rng.integers(1 << 30)), 120, label=call)
    check(accuracy >= 0.95, f"{call}: training accuracy {accuracy:.3f} after 120 steps; expected at least 0.95")
