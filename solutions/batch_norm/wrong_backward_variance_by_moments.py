"""Wrong: the forward pass is right, but the backward pass recomputes the variance as
E[x^2] - E[x]^2, which loses its digits for features around a million."""

import numpy as np


def batch_norm_forward(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, running_mean: np.ndarray,
                       running_var: np.ndarray, training: bool, momentum: float = 0.1,
                       eps: float = 1e-5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if not training:
        x_hat = (x - running_mean) / np.sqrt(running_var + eps)
        return gamma * x_hat + beta, running_mean.copy(), running_var.copy()
    n = x.shape[0]
    if n < 2:
        raise ValueError("training-mode batch norm needs at least two examples per feature")
    mean = x.mean(axis=0)
    var = ((x - mean) ** 2).mean(axis=0)
    x_hat = (x - mean) / np.sqrt(var + eps)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return gamma * x_hat + beta, new_mean, new_var


def batch_norm_backward(x: np.ndarray, gamma: np.ndarray, dy: np.ndarray,
                        eps: float = 1e-5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    inv_std = 1.0 / np.sqrt((x ** 2).mean(axis=0) - mean ** 2 + eps)
    x_hat = (x - mean) * inv_std
    dgamma = (dy * x_hat).sum(axis=0)
    dbeta = dy.sum(axis=0)
    dx = gamma * inv_std * (dy - dy.mean(axis=0) - x_hat * (dy * x_hat).mean(axis=0))
    return dx, dgamma, dbeta
