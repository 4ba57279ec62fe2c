"""Shared by both welford_variance test files: the exact two-pass oracle, the probes that drive a
RunningStats inside the worker, and the checks on what they report."""

import math


from harness.authoring import check, check_close, short_repr, type_name


def two_pass(values):
    """(count, mean, population variance) with correctly rounded sums (math.fsum)."""
    n = len(values)
    mean = math.fsum(values) / n
    return n, mean, math.fsum([(v - mean) ** 2 for v in values]) / n


def stream_probe(module, values, checkpoints):
    """Push values one at a time; at each checkpoint (a count) record count, mean, variance(),
    variance(1)."""
    stats = module.RunningStats()
    marks = set(checkpoints)
    out = []
    for i, x in enumerate(values, 1):
        stats.push(x)
        if i in marks:
            n = stats.count()
            out.append([n, stats.mean(), stats.variance(), stats.variance(1) if i > 1 else None])
    return out


def merge_probe(module, parts):
    """Fill one RunningStats per part, merge them left to right, and report the merged summary,
    each part's summary before and after merging, and the merged one after 3 more pushes of 1.0."""

    def summary(s):
        n = s.count()
        return [n, s.mean() if n else None, s.variance() if n else None, s.variance(1) if n > 1 else None]

    stats = []
    for part in parts:
        s = module.RunningStats()
        for x in part:
            s.push(x)
        stats.append(s)
    before = [summary(s) for s in stats]
    merged = stats[0]
    for s in stats[1:]:
        merged = merged.merge(s)
    result = summary(merged)
    after = [summary(s) for s in stats]
    for _ in range(3):
        merged.push(1.0)
    return {"merged": result, "before": before, "after": after, "pushed": summary(merged)}


def check_summary(got, values, call, tol, var_rtol=None, var_atol=None):
    """got = [count, mean, variance(), variance(1)] as reported; values = what was pushed.
    var_atol: the absolute error a variance may have (values near 1e9 are themselves rounded
    to about 1.2e-7, so a variance of two close ones cannot be right to 1e-6 of itself)."""
    n, mean, var = two_pass(values)
    check(type(got[0]) is int,
          f"{call}: count() returned {short_repr(got[0])} (a {type_name(got[0])}); expected an int")
    check(got[0] == n, f"{call}: count() returned {got[0]}; expected {n}")
    check_close(got[1], mean, call=f"{call}: mean()", **tol)
    rtol = tol["rtol"] if var_rtol is None else var_rtol
    atol = tol["atol"] if var_atol is None else max(var_atol, tol["atol"])
    check_close(got[2], var, call=f"{call}: variance() (ddof=0, divides by n)", rtol=rtol, atol=atol)
    if n > 1:
        check_close(got[3], var * n / (n - 1), call=f"{call}: variance(1) (divides by n - 1)", rtol=rtol,
                    atol=atol)
