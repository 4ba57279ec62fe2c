"""One example at a time: forward and backward for a single row, gradients accumulated and
divided by N; SGD with the same per-epoch permutation."""

import math

import numpy as np


def _one(params, x, label):
    z = x @ params["W1"] + params["b1"]
    h = np.maximum(z, 0.0)
    logits = h @ params["W2"] + params["b2"]
    m = logits.max()
    lse = m + math.log(float(np.sum(np.exp(logits - m))))
    p = np.exp(logits - lse)
    p[label] -= 1.0
    dz = (params["W2"] @ p) * (z > 0)
    return lse - logits[label], {"W1": np.outer(x, dz), "b1": dz, "W2": np.outer(h, p), "b2": p}


def loss_and_grads(params, X, y):
    n = len(X)
    total = 0.0
    grads = {k: np.zeros_like(v, dtype=np.float64) for k, v in params.items()}
    for i in range(n):
        loss, g = _one(params, X[i], int(y[i]))
        total += loss
        for k in grads:
            grads[k] += g[k]
    return total / n, {k: v / n for k, v in grads.items()}


def sgd_train(params, X, y, lr, epochs, batch_size, rng):
    current = {k: np.array(v, dtype=np.float64, copy=True) for k, v in params.items()}
    n = len(X)
    for _epoch in range(epochs):
        order = rng.permutation(n)
        for i in range(0, n, batch_size):
            idx = order[i:i + batch_size]
            _, g = loss_and_grads(current, X[idx], y[idx])
            current = {k: current[k] - lr * g[k] for k in current}
    return current
