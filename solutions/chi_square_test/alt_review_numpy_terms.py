"""Chi-square independence test with numpy: outer-product expected counts and the closed-form
survival function summed as a vector of log-space terms."""

import math

import numpy as np

_lgamma = np.vectorize(math.lgamma, otypes=[np.float64])


def _chi2_sf(x: float, k: int) -> float:
    if x <= 0:
        return 1.0
    h = x / 2.0
    if k % 2 == 0:
        j = np.arange(k // 2, dtype=np.float64)
        terms = np.exp(-h + j * math.log(h) - _lgamma(j + 1.0))
        head = 0.0
    else:
        j = np.arange(1, (k - 1) // 2 + 1, dtype=np.float64)
        terms = np.exp(-h + (j - 0.5) * math.log(h) - _lgamma(j + 0.5))
        head = math.erfc(math.sqrt(h))
    return min(1.0, head + math.fsum(terms.tolist()))


def chi_square_test(table, correction: bool = False) -> dict:
    try:
        obs = np.array(table, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError("table must be a 2-D table of counts") from exc
    if obs.ndim != 2 or obs.shape[0] < 2 or obs.shape[1] < 2:
        raise ValueError("table must be 2-D with at least 2 rows and 2 columns")
    if not np.all(np.isfinite(obs)) or np.any(obs < 0):
        raise ValueError("counts must be finite and non-negative")
    rows, cols = obs.sum(axis=1), obs.sum(axis=0)
    if np.any(rows == 0) or np.any(cols == 0):
        raise ValueError("a row or column total is 0")
    expected = np.outer(rows, cols) / obs.sum()
    diff = np.abs(obs - expected)
    if correction and obs.shape == (2, 2):
        diff = np.maximum(diff - 0.5, 0.0)
    stat = float(np.sum(diff**2 / expected))
    dof = int((obs.shape[0] - 1) * (obs.shape[1] - 1))
    return {"statistic": stat, "dof": dof, "p_value": _chi2_sf(stat, dof), "expected": expected}
