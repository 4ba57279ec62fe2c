"""Shared by both mle_gaussian_poisson test files: exact oracles and the reply checks."""

import math


from harness.authoring import check, check_close, short_repr, type_name


def gaussian_oracle(x):
    """(mu, sigma2, loglik): two passes with math.fsum (correctly rounded sums), so the only errors
    are a few roundings of 1e-16, far inside the tolerance."""
    values = [float(v) for v in x]
    n = len(values)
    if all(v == values[0] for v in values):
        # Equal values have variance exactly 0, although fsum(values) / n can round away from the
        # value itself (0.1 * 3 / 3 is 0.10000000000000002) and leave a tiny positive sigma2.
        return values[0], 0.0, math.inf
    mu = math.fsum(values) / n
    sigma2 = math.fsum([(v - mu) ** 2 for v in values]) / n
    loglik = math.inf if sigma2 == 0 else -0.5 * n * (math.log(2 * math.pi * sigma2) + 1.0)
    return mu, sigma2, loglik


def poisson_oracle(counts):
    counts = [int(c) for c in counts]
    n, total = len(counts), sum(counts)
    lam = total / n
    if total == 0:
        return 0.0, 0.0
    return lam, math.fsum([total * math.log(lam), -n * lam] + [-math.lgamma(c + 1) for c in counts])


NAMES = {"gaussian_mle": ("mu", "sigma2", "loglik"), "poisson_mle": ("lam", "loglik")}


def check_estimates(got, want, call, tol):
    names = NAMES[call.split("(")[0]]
    check(type(got) is tuple and len(got) == len(names),
          f"{call} returned {short_repr(got, 80)} (a {type_name(got)}); expected a tuple ({', '.join(names)})")
    for i, name in enumerate(names):
        hint = ""
        if name == "sigma2" and want[1] > 0:
            hint = " (the MLE divides by n, not n - 1)"
        check_close(got[i], want[i], call=f"{call}[{i}] ({name}){hint}", **tol)
