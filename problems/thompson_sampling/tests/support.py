"""Shared by both thompson_sampling test files: P(arm k is best) under Beta(1 + s, 1 + f)
posteriors by Gauss-Legendre quadrature (exact for integer counts: the integrand is a polynomial),
the probe that calls choose_arm many times inside the worker, and the frequency check."""

import math

import numpy as np

from harness.authoring import check, fact, type_name


def _log_beta_pdf(x, a, b):
    return (a - 1) * np.log(x) + (b - 1) * np.log1p(-x) - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))


def _beta_cdf(x, a, b):
    """Regularized incomplete beta for integer a, b: P(Binomial(a + b - 1, x) >= a)."""
    n = a + b - 1
    total = np.zeros_like(x)
    for j in range(a, n + 1):
        log_c = math.lgamma(n + 1) - math.lgamma(j + 1) - math.lgamma(n - j + 1)
        total += np.exp(log_c + j * np.log(x) + (n - j) * np.log1p(-x))
    return total


def prob_best(successes, failures):
    """P(draw k is the largest) for independent draws from Beta(1 + s_k, 1 + f_k)."""
    a = [1 + int(s) for s in successes]
    b = [1 + int(f) for f in failures]
    degree = sum(a) + sum(b)
    nodes, weights = np.polynomial.legendre.leggauss(degree // 2 + 8)
    x, w = (nodes + 1) / 2, weights / 2
    cdfs = [_beta_cdf(x, ai, bi) for ai, bi in zip(a, b)]
    out = []
    for k in range(len(a)):
        g = np.exp(_log_beta_pdf(x, a[k], b[k]))
        for j, cdf in enumerate(cdfs):
            if j != k:
                g = g * cdf
        out.append(float(np.dot(w, g)))
    return out


def choose_many(module, successes, failures, runs, seed):
    """runs calls of choose_arm with the same counts and one Generator; the arms chosen."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = []
    for _ in range(runs):
        arm = module.choose_arm(list(successes), list(failures), rng)
        out.append(int(arm) if isinstance(arm, np.integer) else arm)
    return out


def check_frequencies(choices, successes, failures, call):
    """Each arm is chosen about as often as it is the best arm under the posterior: within a few
    standard errors plus a little (facts band_standard_errors and band_slack)."""
    k = len(successes)
    bad = [c for c in choices if type(c) is not int or not 0 <= c < k]
    check(not bad, lambda: f"{call} returned {bad[0]!r} (a {type_name(bad[0])}); expected an int arm index "
                           f"in 0..{k - 1}")
    runs = len(choices)
    freq = np.bincount(np.asarray(choices), minlength=k) / runs
    want = prob_best(successes, failures)
    for arm in range(k):
        band = fact("band_standard_errors") * math.sqrt(want[arm] * (1 - want[arm]) / runs) + fact("band_slack")
        check(abs(freq[arm] - want[arm]) <= band,
              f"{call}: over {runs:,} calls arm {arm} was chosen {freq[arm]:.4f} of the time; Thompson sampling "
              f"chooses it with probability {want[arm]:.4f} (the chance that its Beta(1 + {successes[arm]}, "
              f"1 + {failures[arm]}) draw is the largest), allowed +-{band:.4f}. All frequencies: "
              f"{[round(float(v), 4) for v in freq]}, expected {[round(v, 4) for v in want]}")


def simulate(module, probs, horizon, replicates, seed):
    """replicates runs of run_bandit sharing one Generator; each reply as returned (ints normalised)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = []
    for _ in range(replicates):
        got = module.run_bandit(list(probs), horizon, rng)
        if type(got) is tuple and len(got) == 2 and all(type(part) is list for part in got):
            got = tuple([int(v) if isinstance(v, np.integer) else v for v in part] for part in got)
        out.append(got)
    return out


def check_runs_valid(runs, k, horizon, call):
    for got in runs:
        shape_ok = type(got) is tuple and len(got) == 2 and all(type(part) is list for part in got)
        check(shape_ok, f"{call} returned {type_name(got)} {str(got)[:80]}; expected a tuple (arms, rewards) "
                        "of two lists")
        arms, rewards = got
        check(len(arms) == horizon and len(rewards) == horizon,
              f"{call} returned lists of lengths {len(arms)} and {len(rewards)}; expected {horizon} each")
        bad_arms = sorted({repr(a) for a in arms if type(a) is not int or not 0 <= a < k})
        check(not bad_arms, f"{call}: arms must be ints in 0..{k - 1}; got {bad_arms[:5]}")
        bad_rewards = sorted({repr(r) for r in rewards if type(r) is not int or r not in (0, 1)})
        check(not bad_rewards, f"{call}: rewards must be the ints 0 or 1; got {bad_rewards[:5]}")
