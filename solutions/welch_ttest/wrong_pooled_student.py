"""Wrong: Student's pooled two-sample t with n_a + n_b - 2 degrees of freedom (assumes equal
variances; agrees with Welch only when the sizes and variances match)."""

import numpy as np


def welch_ttest(a, b) -> tuple[float, float]:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.size < 2 or b.size < 2:
        raise ValueError("each sample needs at least 2 values")
    na, nb = a.size, b.size
    pooled = ((na - 1) * a.var(ddof=1) + (nb - 1) * b.var(ddof=1)) / (na + nb - 2)
    if pooled == 0:
        raise ValueError("both samples are constant")
    t = (a.mean() - b.mean()) / np.sqrt(pooled * (1 / na + 1 / nb))
    return float(t), float(na + nb - 2)
