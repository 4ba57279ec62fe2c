"""The probe and checks shared by the visible and hidden tests of bootstrap_ci (no hidden inputs
here). A numpy Generator cannot cross into the worker, so each call runs there through a probe
that creates np.random.default_rng(seed) itself."""

from harness.authoring import check, check_close, short_repr


def run_bootstrap(module, data, seed, kwargs):
    """In the worker: bootstrap_ci(data, np.random.default_rng(seed), **kwargs), as returned."""
    import numpy as np

    return module.bootstrap_ci(data, np.random.default_rng(seed), **kwargs)


def call_of(data, seed, kwargs) -> str:
    shown = short_repr(data, 60) if len(data) <= 10 else f"<{len(data)} values>"
    extra = "".join(f", {k}={v!r}" for k, v in kwargs.items())
    return f"bootstrap_ci({shown}, np.random.default_rng({seed}){extra})"


def check_interval(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (low, high) of two numbers")
    check_close(got[0], want[0], call=f"the low bound of {call}", **tol)
    check_close(got[1], want[1], call=f"the high bound of {call}", **tol)
