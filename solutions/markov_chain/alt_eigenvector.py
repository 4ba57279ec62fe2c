"""Stationary distribution as the eigenvector of P^T for eigenvalue 1; P^n by recursive halving."""

import numpy as np


def stationary_distribution(P: np.ndarray) -> np.ndarray:
    vals, vecs = np.linalg.eig(np.asarray(P, dtype=np.float64).T)
    k = int(np.argmin(np.abs(vals - 1.0)))
    v = np.real(vecs[:, k])
    v = v / v.sum()
    return np.clip(v, 0.0, None) / np.clip(v, 0.0, None).sum()


def n_step(P: np.ndarray, n: int) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    if n == 0:
        return np.eye(P.shape[0])
    half = n_step(P, n // 2)
    out = half @ half
    if n % 2:
        out = out @ P
    return out / out.sum(axis=1, keepdims=True)
