"""Layer norm one row at a time: the input reshaped to (rows, D), each row normalised and
differentiated with the explicit chain rule through its mean and variance."""

import numpy as np


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    rows = x.reshape(-1, x.shape[-1])
    out = np.empty_like(rows)
    for i, row in enumerate(rows):
        mu = row.sum() / row.size
        var = ((row - mu) ** 2).sum() / row.size
        out[i] = gamma * (row - mu) / np.sqrt(var + eps) + beta
    return out.reshape(x.shape)


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    d = x.shape[-1]
    rows, grads = x.reshape(-1, d), dy.reshape(-1, d)
    dx = np.empty_like(rows)
    dgamma = np.zeros(d)
    dbeta = np.zeros(d)
    for i in range(rows.shape[0]):
        row, g_out = rows[i], grads[i]
        mu = row.mean()
        xc = row - mu
        var = (xc ** 2).mean()
        std = np.sqrt(var + eps)
        xhat = xc / std
        dgamma += g_out * xhat
        dbeta += g_out
        dxhat = g_out * gamma
        dvar = -0.5 * np.sum(dxhat * xc) / (var + eps) ** 1.5
        dmu = -np.sum(dxhat) / std - 2.0 * dvar * xc.mean()
        dx[i] = dxhat / std + 2.0 * dvar * xc / d + dmu / d
    return dx.reshape(x.shape), dgamma, dbeta
