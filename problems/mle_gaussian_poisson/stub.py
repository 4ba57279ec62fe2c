"""Maximum-likelihood estimates for i.i.d. data: a Gaussian's mean and variance, a Poisson's rate,
each with the log-likelihood at the estimate."""


def gaussian_mle(x) -> tuple[float, float, float]:
    """Return (mean, variance, log-likelihood at the MLE) for x ~ i.i.d. N(mean, variance)."""
    raise NotImplementedError("write your solution here")


def poisson_mle(counts) -> tuple[float, float]:
    """Return (rate, log-likelihood at the MLE) for counts ~ i.i.d. Poisson(rate)."""
    raise NotImplementedError("write your solution here")
