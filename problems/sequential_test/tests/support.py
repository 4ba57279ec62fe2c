"""Checks and the simulation probe shared by the visible and hidden tests of msprt (no hidden inputs here)."""


from harness.authoring import check, check_close, short_repr


def check_msprt(got, reference, *, call: str, tol: dict, alpha=0.05) -> None:
    """got is (p_values, stop) with float64 p-values close to `reference` (the expected p-values)
    and the stated stop."""
    import numpy as np

    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (p_values, stop)")
    p_values, stop = got
    want = np.array(reference, dtype=np.float64)
    check(isinstance(p_values, np.ndarray) and p_values.dtype == np.float64 and p_values.shape == want.shape,
          lambda: f"{call} returned p_values {short_repr(p_values, 60)}; expected a float64 numpy array of "
                  f"shape {want.shape}")
    check(not np.isnan(p_values).any(), lambda: f"{call} returned nan among the p-values: {short_repr(p_values, 80)}")
    check_close(p_values, want, call=f"the p-values of {call}", **tol)
    hits = np.flatnonzero(want <= alpha)
    want_stop = int(hits[0]) + 1 if hits.size else None
    check(stop is None if want_stop is None else (isinstance(stop, int) and not isinstance(stop, bool)
                                                   and stop == want_stop),
          lambda: f"{call} returned stop = {short_repr(stop, 30)}; expected {want_stop} (the 1-based first look "
                  f"with p_n <= alpha = {alpha}, or None)")


def rejection_count(module, seed, streams, looks, theta, tau):
    """Runs in the worker: how many of `streams` simulated N(theta, 1) streams of `looks`
    observations msprt(..., theta0=0, sigma=1, tau=tau, alpha=0.05) rejects."""
    import numpy as np

    data = np.random.default_rng(seed).normal(theta, 1.0, size=(streams, looks))
    rejected = 0
    for row in data:
        result = module.msprt(row, 0.0, 1.0, tau, 0.05)
        if result[1] is not None:
            rejected += 1
    return rejected
