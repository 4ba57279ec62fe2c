"""Checks shared by the visible and hidden tests of gmm_em (no hidden inputs here)."""

from harness.authoring import check, check_close, short_repr

KEYS = ("weights", "means", "variances", "log_likelihood")


def check_fit(got, want: dict, *, call: str, tol: dict) -> None:
    """got is the stated dict; each array has the expected shape and dtype, is finite and close to
    want; the log-likelihood never decreases."""
    import numpy as np

    check(type(got) is dict and set(got) == set(KEYS),
          lambda: f"{call} returned {short_repr(got, 80)}; expected a dict with exactly the keys {list(KEYS)}")
    for key in KEYS:
        value, expected = got[key], np.asarray(want[key], dtype=np.float64)
        check(isinstance(value, np.ndarray) and value.dtype == np.float64 and value.shape == expected.shape,
              lambda key=key, value=value, expected=expected:
              f"{call}[{key!r}] is {short_repr(value, 60)}; expected a float64 numpy array of shape {expected.shape}")
        check(bool(np.all(np.isfinite(value))),
              lambda key=key, value=value: f"{call}[{key!r}] holds nan or inf: {short_repr(value, 80)}")
    history = got["log_likelihood"]
    drops = np.diff(history) < -1e-9 * np.maximum(1.0, np.abs(history[:-1]))
    check(not drops.any(), lambda: f"{call}: the log-likelihood decreased at iteration {int(np.argmax(drops)) + 1} "
                                   f"({history[int(np.argmax(drops))]!r} -> {history[int(np.argmax(drops)) + 1]!r}); "
                                   "EM never decreases it")
    for key in KEYS:
        check_close(got[key], np.asarray(want[key], dtype=np.float64), call=f"{call}[{key!r}]", **tol)
