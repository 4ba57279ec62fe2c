"""Checks and the Monte Carlo probe shared by the visible and hidden tests of permutation_test
(no hidden inputs here)."""


from harness.authoring import check, short_repr


def monte_carlo_runs(module, cases, seed, n_resamples):
    """Runs in the worker: each (a, b) with a fresh np.random.default_rng(seed), plus the first
    case once more with the same seed (a solution that draws only from rng repeats itself)."""
    import numpy as np

    def one(a, b):
        p = module.permutation_test(a, b, np.random.default_rng(seed), n_resamples)
        return p if type(p) is float else (float(p) if isinstance(p, np.floating) else repr(p))

    results = [one(a, b) for a, b in cases]
    return {"p": results, "again": one(*cases[0])}


def check_p_type(got, call: str) -> None:
    check(isinstance(got, float), lambda: f"{call} returned {short_repr(got, 40)}; expected a float p-value")
