"""The targets, the chain probe and the check shared by the visible and hidden tests of
metropolis_hastings (no hidden inputs here)."""

from harness.authoring import check, check_close, short_repr


def run_chains(module, target, runs):
    """Runs in the worker: for each (x0, n_samples, step, seed, proposal) in runs, one chain on the
    named target with np.random.default_rng(seed); returns the samples (as lists) and rates, or the
    repr of anything that is not the stated (array, float) pair."""
    import math

    import numpy as np

    targets = {
        "std-normal": lambda x: -0.5 * x * x,
        "normal-offset": lambda x: -1000.0 - (x - 1.0) ** 2 / 8.0,
        "gamma3": lambda x: 2.0 * math.log(x) - x if x > 0 else -math.inf,
        "bimodal": lambda x: float(np.logaddexp(-0.5 * (x + 3.0) ** 2, -0.5 * (x - 3.0) ** 2)),
        "half-normal": lambda x: -0.5 * x * x if x >= 0 else -math.inf,
    }
    out = []
    for x0, n, step, seed, proposal in runs:
        rng = np.random.default_rng(seed)
        if proposal is None:  # the documented default
            got = module.metropolis_hastings(targets[target], x0, n, step, rng)
        else:
            got = module.metropolis_hastings(targets[target], x0, n, step, rng, proposal)
        if (type(got) is tuple and len(got) == 2 and isinstance(got[0], np.ndarray) and got[0].dtype == np.float64
                and isinstance(got[1], float)):
            out.append([got[0].tolist(), float(got[1])])
        else:
            out.append(repr(got)[:200])
    return out


def check_chain(got, want_samples, want_rate, *, call: str, tol: dict) -> None:
    import numpy as np

    check(not isinstance(got, str),
          lambda: f"{call} returned {got}; expected a tuple (float64 numpy array of samples, float acceptance rate)")
    samples, rate = got
    check(len(samples) == len(want_samples),
          lambda: f"{call} returned {len(samples)} samples; expected {len(want_samples)} (one per step: a rejected "
                  "proposal records the current state again)")
    check_close(np.array(samples), np.array(want_samples), call=f"the samples of {call}", **tol)
    check_close(rate, float(want_rate), call=f"the acceptance rate of {call}", **tol)


def short(values, n=6):
    return short_repr(values, 80) if len(values) <= n else f"<{len(values)} samples>"
