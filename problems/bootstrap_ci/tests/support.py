"""The probe and checks shared by the visible and hidden tests of bootstrap_ci (no hidden inputs
here). A numpy Generator cannot cross into the worker, so each call runs there through a probe
that creates np.random.default_rng(seed) itself."""

from harness.trusted.numeric import check_close
from harness.trusted.remote import short_repr
from harness.trusted.checks import check


def run_bootstrap(module, data, seed, kwargs):
    """In the worker: bootstrap_ci(data, np.random.default_rng(seed), **kwargs), as returned."""
    import numpy as np

    return module.bootstrap_ci(data, np.random.default_rng(seed), **kwargs)


def raised_by_bootstrap(module, data, seed, kwargs):
    """In the worker: the name of the exception bootstrap_ci raises, or None when it returns."""
    import numpy as np

    try:
        module.bootstrap_ci(data, np.random.default_rng(seed), **kwargs)
    except Exception as exc:  # noqa: BLE001 - the test judges which kind it was
        return type(exc).__name__
    return None


def call_of(data, seed, kwargs) -> str:
    shown = short_repr(data, 60) if len(data) <= 10 else f"<{len(data)} values>"
    extra = "".join(f", {k}={v!r}" for k, v in kwargs.items())
    return f"bootstrap_ci({shown}, np.random.default_rng({seed}){extra})"


def check_interval(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (low, high) of two numbers")
    check_close(got[0], want[0], call=f"the low bound of {call}", **tol)
    check_close(got[1], want[1], call=f"the high bound of {call}", **tol)


def expect_value_error(worker, data, kwargs) -> None:
    call = call_of(data, 0, kwargs)
    raised = worker.probe(raised_by_bootstrap, data, 0, kwargs, label=call)
    check(raised == "ValueError", f"{call} " + ("returned normally" if raised is None else f"raised {raised}")
          + "; expected it to raise ValueError")
