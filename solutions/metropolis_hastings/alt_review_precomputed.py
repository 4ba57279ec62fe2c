"""Metropolis-Hastings with all randomness and log(u) drawn up front, the chain walked in plain Python."""

import math

import numpy as np


def metropolis_hastings(log_density, x0: float, n_samples: int, step: float,
                        rng: np.random.Generator, proposal: str = "gaussian") -> tuple[np.ndarray, float]:
    if proposal not in ("gaussian", "lognormal"):
        raise ValueError(f"unknown proposal {proposal!r}")
    if n_samples < 1 or not step > 0:
        raise ValueError("need n_samples >= 1 and step > 0")
    x = float(x0)
    if proposal == "lognormal" and not x > 0:
        raise ValueError("the log-normal proposal needs x0 > 0")
    cur = float(log_density(x))
    if not math.isfinite(cur):
        raise ValueError("log_density(x0) must be finite")
    z = rng.standard_normal(n_samples)
    with np.errstate(divide="ignore"):
        log_u = np.log(rng.random(n_samples))
    out = np.empty(n_samples, dtype=np.float64)
    accepted = 0
    for i in range(n_samples):
        if proposal == "gaussian":
            new = x + step * float(z[i])
            hastings = 0.0
        else:
            new = x * math.exp(step * float(z[i]))
            hastings = math.log(new) - math.log(x)
        cand = float(log_density(new))
        if cand != -math.inf and log_u[i] < cand - cur + hastings:
            x, cur = new, cand
            accepted += 1
        out[i] = x
    return out, accepted / n_samples
