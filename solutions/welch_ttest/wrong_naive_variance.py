"""Wrong: sample variance as (sum x^2 - n mean^2) / (n - 1). Right on small numbers, but with an
offset of 1e8 the two terms are about 1e17 and their difference loses every digit."""


def _mean_var(xs):
    n = len(xs)
    s = sum(float(x) for x in xs)
    sq = sum(float(x) * float(x) for x in xs)
    mean = s / n
    return mean, (sq - n * mean * mean) / (n - 1)


def welch_ttest(a, b) -> tuple[float, float]:
    if len(a) < 2 or len(b) < 2:
        raise ValueError("each sample needs at least 2 values")
    ma, sa = _mean_var(a)
    mb, sb = _mean_var(b)
    va, vb = sa / len(a), sb / len(b)
    if va + vb == 0:
        raise ValueError("both samples are constant")
    t = (ma - mb) / (va + vb) ** 0.5
    df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    return t, df
