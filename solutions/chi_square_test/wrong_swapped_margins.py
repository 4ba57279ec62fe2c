"""Wrong: mixes up the axes of the margins (axis=0 sums columns, not rows), so a square table gets
the transposed expected counts and any other table a shape error."""

import math

import numpy as np


def chi2_sf(x: float, dof: int) -> float:
    """P(X >= x) for X ~ chi-square(dof), dof a positive integer."""
    if x <= 0:
        return 1.0
    half = x / 2
    if dof % 2 == 0:
        terms = [math.exp(-half + j * math.log(half) - math.lgamma(j + 1)) for j in range(dof // 2)]
        return min(1.0, math.fsum(terms))
    terms = [math.erfc(math.sqrt(half))]
    terms += [math.exp(-half + (j - 0.5) * math.log(half) - math.lgamma(j + 0.5)) for j in range(1, (dof - 1) // 2 + 1)]
    return min(1.0, math.fsum(terms))


def chi_square_test(table, correction: bool = False) -> dict:
    observed = np.array(table, dtype=np.float64)
    if observed.ndim != 2 or observed.shape[0] < 2 or observed.shape[1] < 2:
        raise ValueError(f"need an r x c table with r, c >= 2, got shape {observed.shape}")
    if not np.all(np.isfinite(observed)) or np.any(observed < 0):
        raise ValueError("counts must be finite and non-negative")
    rows, cols = observed.sum(axis=0), observed.sum(axis=1)
    if np.any(rows == 0) or np.any(cols == 0):
        raise ValueError("a row or column with no observations has expected counts of 0")
    expected = np.outer(rows, cols) / observed.sum()
    dof = (observed.shape[0] - 1) * (observed.shape[1] - 1)
    gap = np.abs(observed - expected)
    if correction and dof == 1:
        gap = np.maximum(gap - 0.5, 0.0)  # Yates: move each count half a unit towards its expectation
    statistic = float((gap**2 / expected).sum())
    return {"statistic": statistic, "dof": dof, "p_value": chi2_sf(statistic, dof), "expected": expected}
