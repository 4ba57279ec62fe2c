import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if not training:
        y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        return y, np.array(running_mean, dtype=np.float64), np.array(running_var, dtype=np.float64)
    n = x.shape[0]
    if n < 2:
        raise ValueError("training-mode batch norm needs at least two examples")
    mu = x.mean(axis=0)
    d = x - mu
    var = (d * d).mean(axis=0)
    y = gamma * d / np.sqrt(var + eps) + beta
    new_mean = (1 - momentum) * running_mean + momentum * mu
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return y, new_mean, new_var


def batch_norm_backward(x, gamma, dy, eps=1e-5):
    n = x.shape[0]
    d = x - x.mean(axis=0)
    inv = 1.0 / np.sqrt((d * d).mean(axis=0) + eps)
    xhat = d * inv
    dbeta = dy.sum(axis=0)
    dgamma = (dy * xhat).sum(axis=0)
    dx = gamma * inv / n * (n * dy - dbeta - xhat * dgamma)
    return dx, dgamma, dbeta
