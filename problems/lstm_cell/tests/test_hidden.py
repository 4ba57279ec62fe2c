"""Hidden tests for LSTM: outputs and final states against torch.nn.LSTM with copied weights in
float64 (several sizes, initial states, T = B = H = 1, saturated gates), gradients of the
parameters and of x against autograd through torch.nn.LSTM, float32, parameter layout."""

import pytest
import torch
from support import describe_parameters, run_lstm

from harness.authoring import check, check_close, check_finite


def make_params(np_rng, input_size, hidden, scale=1.0):
    shapes = [(4 * hidden, input_size), (4 * hidden, hidden), (4 * hidden,), (4 * hidden,)]
    return [torch.from_numpy(np_rng.normal(size=s) * scale) for s in shapes]


def torch_lstm(params, x, state):
    """(outputs, h, c) and the torch.nn.LSTM module itself, in float64."""
    lstm = torch.nn.LSTM(x.shape[2], params[1].shape[1]).double()
    with torch.no_grad():
        for name, value in zip(("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"), params, strict=True):
            getattr(lstm, name).copy_(value)
    hx = None if state is None else (state[0][None], state[1][None])
    outputs, (h, c) = lstm(x, hx)
    return lstm, outputs, h[0], c[0]


def check_run(got, params, x, state, tol, call):
    check(got["kind"] == ["tuple", "tuple"], lambda: (
        f"{call} returned {got['kind'][0]} holding {got['kind'][1]}; expected a tuple (outputs, (h_T, c_T))"))
    with torch.no_grad():
        _, outputs, h, c = torch_lstm(params, x, state)
    check_close(got["outputs"], outputs, call=call + " (outputs)", **tol)
    check_close(got["h"], h, call=call + " (final h)", **tol)
    check_close(got["c"], c, call=call + " (final c)", **tol)


SIZES = [(5, 3, 4, 6), (8, 2, 1, 3)]  # (T, B, I, H); B = 1 is in test_smallest_sizes


@pytest.mark.parametrize("size", SIZES, ids=[f"T{t}-B{b}-I{i}-H{h}" for t, b, i, h in SIZES])
def test_matches_torch(worker, np_rng, tol, size):
    """Outputs (T, B, H) and final (h, c) equal torch.nn.LSTM with the same weights, zero start."""
    t, b, i, h = size
    params = make_params(np_rng, i, h, scale=0.5)
    x = torch.from_numpy(np_rng.normal(size=(t, b, i)))
    call = f"LSTM({i}, {h})(x of shape ({t}, {b}, {i}))"
    check_run(worker.probe(run_lstm, params, x, None, None, label=call), params, x, None, tol, call)


def test_initial_state(worker, np_rng, tol):
    """A given (h0, c0) is where the recurrence starts."""
    params = make_params(np_rng, 3, 4, scale=0.5)
    x = torch.from_numpy(np_rng.normal(size=(4, 2, 3)))
    state = (torch.from_numpy(np_rng.normal(size=(2, 4))), torch.from_numpy(np_rng.normal(size=(2, 4)) * 2))
    call = "LSTM(3, 4)(x (4, 2, 3), (h0, c0))"
    check_run(worker.probe(run_lstm, params, x, state, None, label=call), params, x, state, tol, call)


def test_gradients(worker, np_rng, tol):
    """Gradients of the parameters and of x equal autograd through torch.nn.LSTM."""
    params = make_params(np_rng, 3, 4, scale=0.5)
    x = torch.from_numpy(np_rng.normal(size=(5, 2, 3)))
    state = (torch.from_numpy(np_rng.normal(size=(2, 4))), torch.from_numpy(np_rng.normal(size=(2, 4))))
    cot = [torch.from_numpy(np_rng.normal(size=s)) for s in ((5, 2, 4), (2, 4), (2, 4))]
    call = "LSTM(3, 4)(x (5, 2, 3), (h0, c0))"
    got = worker.probe(run_lstm, params, x, state, cot, label=call + " with backward")
    xr = x.clone().requires_grad_(True)
    lstm, outputs, h, c = torch_lstm(params, xr, state)
    sum((t * w).sum() for t, w in zip((outputs, h, c), cot, strict=True)).backward()
    want = [lstm.weight_ih_l0.grad, lstm.weight_hh_l0.grad, lstm.bias_ih_l0.grad, lstm.bias_hh_l0.grad, xr.grad]
    for name, g, w in zip(("weight_ih", "weight_hh", "bias_ih", "bias_hh", "x"), got["grads"], want, strict=True):
        check(g is not None, lambda name=name: (
            f"{call}: no gradient reached {name}; keep the computation in torch operations on the parameters"))
        check_close(g, w, call=f"the gradient with respect to {name} of {call}", **tol)


@pytest.mark.edge
def test_smallest_sizes(worker, np_rng, tol):
    """T = 1, B = 1, I = 1, H = 1."""
    params = make_params(np_rng, 1, 1)
    x = torch.from_numpy(np_rng.normal(size=(1, 1, 1)))
    call = "LSTM(1, 1)(x of shape (1, 1, 1))"
    check_run(worker.probe(run_lstm, params, x, None, None, label=call), params, x, None, tol, call)


@pytest.mark.edge
def test_saturated_gates(worker, np_rng, tol):
    """Inputs of size 1e4: every gate saturates; results stay finite and match torch."""
    params = make_params(np_rng, 2, 3)
    x = torch.from_numpy(np_rng.choice([-1e4, 1e4], size=(6, 2, 2)))
    call = "LSTM(2, 3)(x of entries +-1e4)"
    got = worker.probe(run_lstm, params, x, None, None, label=call)
    check_finite(got["outputs"], call=call)
    check_run(got, params, x, None, tol, call)


@pytest.mark.edge
def test_float32(worker, np_rng):
    """A float32 model on float32 input returns float32 tensors."""
    params = [p.float() for p in make_params(np_rng, 3, 2, scale=0.5)]
    x = torch.from_numpy(np_rng.normal(size=(3, 2, 3))).float()
    call = "LSTM(3, 2)(float32 x (3, 2, 3))"
    got = worker.probe(run_lstm, params, x, None, None, label=call)
    with torch.no_grad():
        _, outputs, h, c = torch_lstm([p.double() for p in params], x.double(), None)
    for name, g, w in (("outputs", got["outputs"], outputs), ("final h", got["h"], h), ("final c", got["c"], c)):
        check_close(g, w.float(), call=f"{call} ({name})", rtol=1e-5, atol=1e-6)


def test_parameter_layout(worker):
    """Exactly weight_ih (4H, I), weight_hh (4H, H), bias_ih (4H,), bias_hh (4H,)."""
    got = worker.probe(describe_parameters, 5, 7, label="LSTM(5, 7)")
    want = [("weight_ih", (28, 5)), ("weight_hh", (28, 7)), ("bias_ih", (28,)), ("bias_hh", (28,))]
    check(sorted(got) == sorted(want), f"LSTM(5, 7).named_parameters() gave {got}; expected {want}")
