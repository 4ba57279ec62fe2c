"""Checks shared by the visible and hidden tests of value_iteration (no hidden inputs here)."""

from harness.authoring import check, check_close, check_equal, short_repr


def check_result(got, want, *, call: str, tol: dict) -> None:
    import numpy as np

    want_v, want_policy, want_sweeps = want
    check(type(got) is tuple and len(got) == 3,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (V, policy, sweeps)")
    V, policy, sweeps = got
    S = len(want_v)
    check_equal(sweeps, want_sweeps, call=f"the sweep count of {call}")
    check(isinstance(V, np.ndarray) and V.dtype == np.float64 and V.shape == (S,),
          lambda: f"{call} returned V = {short_repr(V, 60)}; expected a float64 numpy array of shape ({S},)")
    check_close(V, np.asarray(want_v, dtype=np.float64), call=f"V of {call}", **tol)
    check(isinstance(policy, np.ndarray) and np.issubdtype(policy.dtype, np.integer) and policy.shape == (S,),
          lambda: f"{call} returned policy = {short_repr(policy, 60)}; expected an integer numpy array of shape ({S},)")
    bad = np.flatnonzero(policy != np.asarray(want_policy))
    check(bad.size == 0, lambda: f"{call}: policy[{int(bad[0])}] is {int(policy[bad[0]])}; expected "
                                 f"{int(want_policy[bad[0]])} (the lowest action within 1e-9 of the best Q)")
