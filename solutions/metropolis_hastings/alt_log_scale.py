"""Alternative: the log-normal walk runs on y = log x (a symmetric walk there; the Jacobian of x = e^y
supplies the extra log x' - log x); acceptance via numpy's log of the uniforms."""

import math

import numpy as np


def metropolis_hastings(log_density, x0, n_samples, step, rng, proposal="gaussian"):
    if proposal not in {"gaussian", "lognormal"}:
        raise ValueError("unknown proposal")
    if n_samples < 1:
        raise ValueError("n_samples must be positive")
    if step <= 0:
        raise ValueError("step must be positive")
    if proposal == "lognormal" and x0 <= 0:
        raise ValueError("x0 must be positive for the lognormal proposal")
    lp = log_density(float(x0))
    if math.isinf(lp) or math.isnan(lp):
        raise ValueError("x0 is outside the support")
    noise = rng.standard_normal(n_samples)
    uniforms = rng.random(n_samples)
    out = np.zeros(n_samples)
    n_acc = 0
    if proposal == "gaussian":
        x = float(x0)
        for i in range(n_samples):
            xp = x + step * noise[i]
            lpp = log_density(xp)
            if np.log(uniforms[i]) < lpp - lp:
                x, lp = xp, lpp
                n_acc += 1
            out[i] = x
    else:
        y = math.log(x0)
        for i in range(n_samples):
            yp = y + step * noise[i]
            lpp = log_density(math.exp(yp))
            # target density of y is pi(e^y) e^y: log pi(x') + y' - (log pi(x) + y)
            if np.log(uniforms[i]) < (lpp + yp) - (lp + y):
                y, lp = yp, lpp
                n_acc += 1
            out[i] = math.exp(y)
    return out, n_acc / n_samples
