"""Visible examples for LSTM (what `drill test` runs)."""

import torch
from support import describe_parameters, run_lstm

from harness.authoring import check, check_close


def test_example_parameters(worker):
    got = worker.probe(describe_parameters, 3, 2, label="LSTM(3, 2)")
    want = [("weight_ih", (8, 3)), ("weight_hh", (8, 2)), ("bias_ih", (8,)), ("bias_hh", (8,))]
    check(got == want, f"LSTM(3, 2).named_parameters() gave {got}; expected {want}")


def test_example_one_step(worker, tol):
    """One step from zero state with only biases: i = f = o = sigmoid(b), g = tanh(b)."""
    H = 1
    params = [torch.zeros(4, 1, dtype=torch.float64), torch.zeros(4, 1, dtype=torch.float64),
              torch.tensor([1.0, 2.0, 0.5, -1.0], dtype=torch.float64), torch.zeros(4, dtype=torch.float64)]
    x = torch.zeros(1, 1, 1, dtype=torch.float64)
    got = worker.probe(run_lstm, params, x, None, None, label="LSTM(1, 1) one step")
    c = torch.sigmoid(torch.tensor(1.0)) * torch.tanh(torch.tensor(0.5))  # f * 0 + i * g
    h = torch.sigmoid(torch.tensor(-1.0)) * torch.tanh(c)
    check_close(got["c"], c.double().reshape(1, H), call="c after one step (biases i=1, f=2, g=0.5, o=-1)", **tol)
    check_close(got["h"], h.double().reshape(1, H), call="h after one step", **tol)
