"""Shared by the visible and hidden tests: a 50-digit decimal oracle and the value checker."""

import decimal

import numpy as np

from harness.authoring import check_close

_CONTEXT = decimal.Context(prec=50, Emax=10**6, Emin=-10**6)


def _sigmoid(x: float) -> float:
    d = decimal.Decimal(x)
    return float(_CONTEXT.divide(1, _CONTEXT.add(1, _CONTEXT.exp(-d))))


def _log1p(u: decimal.Decimal) -> decimal.Decimal:
    """log(1 + u) to full relative precision: ln(1 + u) would lose u's digits once u < 1e-50."""
    if u > decimal.Decimal("1e-5"):
        return _CONTEXT.ln(_CONTEXT.add(1, u))
    total, term, k = decimal.Decimal(0), u, 1
    while term != 0 and abs(term) > abs(total) * decimal.Decimal("1e-60"):
        total = _CONTEXT.add(total, _CONTEXT.divide(term, k))
        term, k = _CONTEXT.multiply(-term, u), k + 1
    return total


def _log_sigmoid(x: float) -> float:
    return float(-_log1p(_CONTEXT.exp(-decimal.Decimal(x))))


ORACLES = {"sigmoid": _sigmoid, "log_sigmoid": _log_sigmoid}


def oracle(name: str, x: np.ndarray) -> np.ndarray:
    """The exact value of sigmoid / log_sigmoid at every entry, correctly rounded to float64."""
    fn = ORACLES[name]
    return np.array([fn(float(v)) for v in x.reshape(-1)], dtype=np.float64).reshape(x.shape)


def check_values(got, want: np.ndarray, *, call: str, rtol: float, atol: float) -> None:
    """Like check_close, but a 0-d input may also come back as a float64 scalar (np.float64),
    which is what numpy's own ufuncs return for 0-d arrays."""
    if want.ndim == 0 and isinstance(got, float):
        got = np.asarray(got, dtype=np.float64)
    check_close(got, want, call=call, rtol=rtol, atol=atol)
