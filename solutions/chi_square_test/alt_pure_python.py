"""Alternative: plain Python loops over the cells; the tail sum built with a running log-term."""

import math

import numpy as np


def _tail(stat, k):
    if stat == 0:
        return 1.0
    h = stat / 2
    if k % 2 == 0:
        log_term, j, parts = -h, 0, []           # j = 0 term: e^-h
        while j < k // 2:
            parts.append(math.exp(log_term))
            j += 1
            log_term += math.log(h) - math.log(j)
        return min(1.0, math.fsum(parts))
    parts = [math.erfc(math.sqrt(h))]
    log_term = -h + 0.5 * math.log(h) - math.lgamma(1.5)  # j = 1
    for j in range(1, (k - 1) // 2 + 1):
        parts.append(math.exp(log_term))
        log_term += math.log(h) - math.log(j + 0.5)
    return min(1.0, math.fsum(parts))


def chi_square_test(table, correction=False):
    arr = np.asarray(table, dtype=float)
    if arr.ndim != 2:
        raise ValueError("table must be 2-D")
    r, c = arr.shape
    if r < 2 or c < 2:
        raise ValueError("need at least 2 rows and 2 columns")
    cells = arr.tolist()
    for row in cells:
        for v in row:
            if not math.isfinite(v) or v < 0:
                raise ValueError("bad count")
    row_tot = [sum(row) for row in cells]
    col_tot = [sum(cells[i][j] for i in range(r)) for j in range(c)]
    if 0 in row_tot or 0 in col_tot:
        raise ValueError("empty row or column")
    n = sum(row_tot)
    expected = np.empty((r, c))
    stat = 0.0
    yates = correction and r == 2 and c == 2
    for i in range(r):
        for j in range(c):
            e = row_tot[i] * col_tot[j] / n
            expected[i, j] = e
            d = abs(cells[i][j] - e)
            if yates:
                d = max(d - 0.5, 0.0)
            stat += d * d / e
    dof = (r - 1) * (c - 1)
    return {"statistic": stat, "dof": dof, "p_value": _tail(stat, dof), "expected": expected}
