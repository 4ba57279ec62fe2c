"""Wrong: uses the plain Metropolis ratio lp(x') - lp(x) for the multiplicative log-normal proposal too,
leaving out the Hastings term log(x') - log(x). The proposal is not symmetric, so the chain samples
the wrong distribution (Gamma(2, 1) instead of Gamma(3, 1) in the test)."""

import math

import numpy as np


def metropolis_hastings(log_density, x0: float, n_samples: int, step: float, rng: np.random.Generator,
                        proposal: str = "gaussian") -> tuple[np.ndarray, float]:
    if proposal not in ("gaussian", "lognormal"):
        raise ValueError(f"proposal must be 'gaussian' or 'lognormal', got {proposal!r}")
    if n_samples < 1 or step <= 0:
        raise ValueError("n_samples must be >= 1 and step > 0")
    x = float(x0)
    if proposal == "lognormal" and x <= 0:
        raise ValueError("the log-normal proposal needs x0 > 0")
    current = float(log_density(x))
    if not math.isfinite(current):
        raise ValueError(f"log_density(x0) must be finite, got {current}")
    z = rng.standard_normal(n_samples)
    with np.errstate(divide="ignore"):
        log_u = np.log(rng.random(n_samples))  # u = 0 gives -inf: accepted unless the proposal is impossible
    samples = np.empty(n_samples)
    accepted = 0
    for i in range(n_samples):
        if proposal == "gaussian":
            candidate = x + step * z[i]
            hastings = 0.0
        else:
            candidate = x * math.exp(step * z[i])
            hastings = 0.0
        proposed = float(log_density(candidate))
        if log_u[i] < proposed - current + hastings:
            x, current = candidate, proposed
            accepted += 1
        samples[i] = x
    return samples, accepted / n_samples
