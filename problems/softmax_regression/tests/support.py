"""Shared by the visible and hidden tests of softmax_regression: training in the worker with a
generator built there from a seed, and checking the returned (W, b)."""

import numpy as np

from harness.authoring import CheckFailed, check_close, check_kind, short_repr


def train_in_worker(module, X, y, n_classes, seed, kwargs):
    """Runs next to the submission: builds the generator from `seed`, trains, and returns the
    model with the generator's next draw (which shows how much of it training used)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    model = module.train_softmax_regression(X, y, n_classes, rng, **kwargs)
    return {"model": model, "next_draw": int(rng.integers(1 << 62))}


def check_model(got, want_W: np.ndarray, want_b: np.ndarray, *, call: str, tol: dict) -> None:
    """got is (W, b) as float64 arrays of the right shapes, equal to the replay."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise CheckFailed(f"{call} returned {short_repr(got)}; expected a pair (W, b)")
    W, b = got
    check_kind(W, want_W, call=f"{call}: W")
    check_kind(b, want_b, call=f"{call}: b")
    check_close(W, want_W, call=f"{call}: W", **tol)
    check_close(b, want_b, call=f"{call}: b", **tol)
