"""Shared by the visible and hidden tests of mlp_backprop: the checkers for the (loss, grads)
answer and a parameter dict, a random initialisation and the spiral task."""

import numpy as np

from harness.authoring import CheckFailed, check, check_close, type_name

KEYS = ("W1", "b1", "W2", "b2")


def check_params(got, want, *, what: str, call: str, rtol: float, atol: float) -> None:
    """got is a dict with exactly the keys W1, b1, W2, b2, each matching want's array."""
    if type(got) is not dict:
        raise CheckFailed(f"{call} returned {what} as a {type_name(got)}; expected a dict with keys {list(KEYS)}")
    check(set(got) == set(KEYS), lambda: f"{call} returned {what} with keys {sorted(got)}; expected {list(KEYS)}")
    for k in KEYS:
        check_close(got[k], want[k], call=f"{what}[{k!r}] from {call}", rtol=rtol, atol=atol)


def check_loss(got, want, *, call: str, rtol: float, atol: float) -> None:
    check(isinstance(got, float), lambda: f"{call} returned the loss as a {type_name(got)}; expected a float")
    check(abs(got - want) <= atol + rtol * abs(want), lambda: f"{call} returned loss {got!r}; expected {want!r}")


def check_answer(got, want, *, call: str, rtol: float, atol: float) -> None:
    if type(got) is not tuple or len(got) != 2:
        raise CheckFailed(f"{call} returned a {type_name(got)}; expected a tuple (loss, grads)")
    check_loss(got[0], want[0], call=call, rtol=rtol, atol=atol)
    check_params(got[1], want[1], what="grads", call=call, rtol=rtol, atol=atol)


def init_params(rng, d, hidden, k):
    return {"W1": rng.normal(size=(d, hidden)), "b1": rng.normal(scale=0.1, size=hidden),
            "W2": rng.normal(size=(hidden, k)) / np.sqrt(hidden), "b2": rng.normal(scale=0.1, size=k)}


def spiral(rng, per_class, classes=3):
    """A noisy spiral with `classes` arms of per_class points each."""
    xs, ys = [], []
    for c in range(classes):
        r = np.linspace(0.0, 1.0, per_class)
        t = np.linspace(4.0 * c, 4.0 * (c + 1), per_class) + rng.normal(0.0, 0.2, per_class)
        xs.append(np.column_stack([r * np.sin(t), r * np.cos(t)]))
        ys.append(np.full(per_class, c))
    return np.concatenate(xs), np.concatenate(ys).astype(np.int64)
