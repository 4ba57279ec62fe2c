"""Alternative: gradients accumulated one example at a time in a Python loop, then averaged."""

import math

import numpy as np


def train_softmax_regression(X, y, n_classes, rng, lr=0.1, epochs=10, batch_size=32, l2=0.0):
    n, d = X.shape
    W = np.zeros((d, n_classes))
    b = np.zeros(n_classes)
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            gW = np.zeros_like(W)
            gb = np.zeros_like(b)
            for i in batch:
                z = X[i] @ W + b
                peak = max(z)
                e = [math.exp(v - peak) for v in z]
                total = sum(e)
                r = np.array([v / total for v in e])
                r[y[i]] -= 1.0
                gW += np.outer(X[i], r)
                gb += r
            m = len(batch)
            W, b = W - lr * (gW / m + l2 * W), b - lr * gb / m
    return W, b
