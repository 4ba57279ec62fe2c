"""Checks shared by the visible and hidden tests of ctmc (no hidden inputs here)."""

from harness.authoring import check, check_close, short_repr


def check_matrix(got, want, *, call: str, tol: dict) -> None:
    """got is a float64 numpy array of want's shape, close to want entrywise."""
    import numpy as np

    want = np.asarray(want, dtype=np.float64)
    check(isinstance(got, np.ndarray) and got.dtype == np.float64 and got.shape == want.shape,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a float64 numpy array of shape {want.shape}")
    check_close(got, want, call=call, **tol)
