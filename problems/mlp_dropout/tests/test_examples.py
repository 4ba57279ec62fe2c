"""Visible examples for MLP (what `drill test` runs)."""

import torch
from support import describe_model, eval_pass, hidden_units

from harness.authoring import check_close


def test_example_parameters(worker):
    info = worker.probe(describe_model, 4, 8, 3, 0.5, label="MLP(4, 8, 3, p=0.5)")
    assert info["layers"] == {"fc1": ((8, 4), (8,)), "fc2": ((3, 8), (3,))}, (
        f"MLP(4, 8, 3, p=0.5): expected self.fc1 = Linear(4, 8) and self.fc2 = Linear(8, 3); found {info['layers']}")
    assert info["count"] == 4 * 8 + 8 + 8 * 3 + 3, f"MLP(4, 8, 3, p=0.5) has {info['count']} parameters; expected 67"


def test_example_eval_is_the_affine_map(worker, tol):
    x = torch.tensor([[1.0, -2.0, 0.5, 3.0], [0.0, 0.0, 0.0, 0.0]], dtype=torch.float64)
    got = worker.probe(eval_pass, 4, 8, 3, 0.5, x, 0, label="MLP(4, 8, 3, p=0.5).double().eval()(x)")
    w1, b1, w2, b2 = got["params"]
    want = torch.relu(x @ w1.T + b1) @ w2.T + b2
    check_close(got["first"], want, call="MLP(4, 8, 3, p=0.5).eval()(x)", **tol)


def test_example_train_drops_about_half(worker):
    first, _ = worker.probe(hidden_units, 1000, 0.5, 20, 0, label="MLP(3, 1000, 1000, p=0.5).train()(x)")
    dropped = float((first == 0).double().mean())
    assert abs(dropped - 0.5) < 0.03, f"p=0.5 dropped {dropped:.3f} of the hidden units; expected about 0.5"
    kept = first[first != 0]
    check_close(kept.min(), torch.tensor(2.0, dtype=torch.float64), call="a kept unit (1 / (1 - p) = 2)")
