"""Mini-batch SGD with the batches of each epoch listed up front by slicing the permutation, and
a one-hot matrix built once for the whole data set."""

import numpy as np


def train_softmax_regression(X, y, n_classes, rng, lr=0.1, epochs=10, batch_size=32, l2=0.0):
    n, d = X.shape
    W = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    onehot = np.eye(n_classes)[y]
    for _ in range(epochs):
        order = rng.permutation(n)
        batches = [order[s:s + batch_size] for s in range(0, n, batch_size)]
        for idx in batches:
            xb = X[idx]
            z = xb @ W + b
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            diff = (p - onehot[idx]) / len(idx)
            gW = xb.T @ diff + l2 * W
            gb = diff.sum(axis=0)
            W = W - lr * gW
            b = b - lr * gb
    return W, b
