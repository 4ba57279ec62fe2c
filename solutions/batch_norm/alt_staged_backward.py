"""Batch norm with the backward pass staged through the computation graph (x_hat, then the
variance, then the mean), the way it is usually derived on a whiteboard."""

import numpy as np


def batch_norm_forward(x, gamma, beta, running_mean, running_var, training, momentum=0.1, eps=1e-5):
    if training:
        n = len(x)
        if n < 2:
            raise ValueError("need at least 2 examples in training mode")
        mu = np.mean(x, axis=0)
        centred = x - mu
        var = np.mean(centred * centred, axis=0)
        unbiased = np.sum(centred * centred, axis=0) / (n - 1)
        y = gamma * centred / np.sqrt(var + eps) + beta
        rm = running_mean * (1 - momentum) + mu * momentum
        rv = running_var * (1 - momentum) + unbiased * momentum
        return y, rm, rv
    y = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    return y, np.array(running_mean, copy=True), np.array(running_var, copy=True)


def batch_norm_backward(x, gamma, dy, eps=1e-5):
    n = x.shape[0]
    mu = x.mean(axis=0)
    xc = x - mu
    var = (xc ** 2).mean(axis=0)
    std = np.sqrt(var + eps)
    x_hat = xc / std
    dbeta = dy.sum(axis=0)
    dgamma = (dy * x_hat).sum(axis=0)
    dx_hat = dy * gamma
    dvar = np.sum(dx_hat * xc, axis=0) * -0.5 * (var + eps) ** -1.5
    dmu = -np.sum(dx_hat, axis=0) / std + dvar * np.mean(-2.0 * xc, axis=0)
    dx = dx_hat / std + dvar * 2.0 * xc / n + dmu / n
    return dx, dgamma, dbeta
