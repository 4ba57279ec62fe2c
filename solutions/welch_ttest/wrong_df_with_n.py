"""Wrong: the Welch-Satterthwaite denominator divides by n instead of n - 1."""

import numpy as np


def welch_ttest(a, b) -> tuple[float, float]:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.size < 2 or b.size < 2:
        raise ValueError(f"each sample needs at least 2 values, got {a.size} and {b.size}")
    va = a.var(ddof=1) / a.size
    vb = b.var(ddof=1) / b.size
    if va + vb == 0:
        raise ValueError("both samples are constant: the t statistic is undefined")
    t = (a.mean() - b.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / a.size + vb**2 / b.size)
    return float(t), float(df)
