import numpy as np


def _stats(x2, eps):
    d = x2 - x2.mean(axis=1, keepdims=True)
    inv = 1.0 / np.sqrt(np.mean(d * d, axis=1, keepdims=True) + eps)
    return d * inv, inv


def layer_norm_forward(x, gamma, beta, eps=1e-5):
    x2 = np.asarray(x, dtype=np.float64).reshape(-1, x.shape[-1])
    xhat, _ = _stats(x2, eps)
    return (xhat * gamma + beta).reshape(x.shape)


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    D = x.shape[-1]
    x2 = np.asarray(x, dtype=np.float64).reshape(-1, D)
    g2 = np.asarray(dy, dtype=np.float64).reshape(-1, D)
    xhat, inv = _stats(x2, eps)
    dgamma = np.einsum("nd,nd->d", g2, xhat)
    dbeta = g2.sum(axis=0)
    dxhat = g2 * gamma
    dx = inv / D * (D * dxhat - dxhat.sum(axis=1, keepdims=True)
                    - xhat * np.sum(dxhat * xhat, axis=1, keepdims=True))
    return dx.reshape(x.shape), dgamma, dbeta
