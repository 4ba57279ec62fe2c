"""Backprop with a one-hot target matrix and log-sum-exp, and SGD written with a batch generator."""

import numpy as np


def loss_and_grads(params, X, y):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n, k = X.shape[0], W2.shape[1]
    z = X @ W1 + b1
    h = np.where(z > 0, z, 0.0)
    logits = h @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    lse = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    logp = shifted - lse
    onehot = np.eye(k)[y]
    loss = -(onehot * logp).sum() / n
    dlogits = (np.exp(logp) - onehot) / n
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dh = dlogits @ W2.T
    dz = dh * (z > 0)
    dW1 = X.T @ dz
    db1 = dz.sum(axis=0)
    return float(loss), {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}


def _batches(order, size):
    for start in range(0, len(order), size):
        yield order[start:start + size]


def sgd_train(params, X, y, lr, epochs, batch_size, rng):
    p = {name: np.array(value, dtype=np.float64, copy=True) for name, value in params.items()}
    for _ in range(epochs):
        for idx in _batches(rng.permutation(X.shape[0]), batch_size):
            _, g = loss_and_grads(p, X[idx], y[idx])
            p = {name: p[name] - lr * g[name] for name in p}
    return p
