"""Wrong at the kink: the ReLU derivative taken as 1 at z == 0 (z >= 0), so units exactly at 0
pass gradient back; the prompt fixes it at 0."""

import numpy as np

KEYS = ("W1", "b1", "W2", "b2")


def loss_and_grads(params: dict, X: np.ndarray, y: np.ndarray) -> tuple[float, dict]:
    W1, b1, W2, b2 = (params[k] for k in KEYS)
    n = X.shape[0]
    z = X @ W1 + b1
    h = np.maximum(z, 0.0)
    logits = h @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    loss = -log_probs[rows, y].mean()

    dlogits = np.exp(log_probs)
    dlogits[rows, y] -= 1.0
    dlogits /= n
    dh = dlogits @ W2.T
    dz = dh * (z >= 0)
    grads = {"W1": X.T @ dz, "b1": dz.sum(axis=0), "W2": h.T @ dlogits, "b2": dlogits.sum(axis=0)}
    return float(loss), grads


def sgd_train(params: dict, X: np.ndarray, y: np.ndarray, lr: float, epochs: int, batch_size: int,
              rng: np.random.Generator) -> dict:
    params = {k: params[k].copy() for k in KEYS}
    n = X.shape[0]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            _, grads = loss_and_grads(params, X[batch], y[batch])
            for k in KEYS:
                params[k] -= lr * grads[k]
    return params
