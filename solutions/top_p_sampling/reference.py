"""Temperature, top-k and nucleus (top-p) filtering of logits in numpy, and inverse-CDF sampling
with one rng.random call per batch."""

import numpy as np


def filtered_probs(logits: np.ndarray, temperature: float = 1.0, top_k: int | None = None,
                   top_p: float | None = None) -> np.ndarray:
    vocab = logits.shape[1]
    if temperature <= 0:
        raise ValueError("temperature must be positive")
    if top_k is not None and not 1 <= top_k <= vocab:
        raise ValueError("top_k must be between 1 and the vocabulary size")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError("top_p must be in (0, 1]")
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    probs = np.exp(z)
    probs /= probs.sum(axis=1, keepdims=True)
    rows = np.arange(logits.shape[0])[:, None]
    if top_k is not None:
        order = np.argsort(-z, axis=1, kind="stable")  # ties: lower token index first
        keep = np.zeros_like(probs, dtype=bool)
        keep[rows, order[:, :top_k]] = True
        probs = np.where(keep, probs, 0.0)
        probs /= probs.sum(axis=1, keepdims=True)
    if top_p is not None:
        order = np.argsort(-probs, axis=1, kind="stable")
        sorted_probs = probs[rows, order]
        before = np.cumsum(sorted_probs, axis=1) - sorted_probs  # mass strictly before each token
        keep = np.zeros_like(probs, dtype=bool)
        keep[rows, order] = (before < top_p) & (sorted_probs > 0)
        probs = np.where(keep, probs, 0.0)
        probs /= probs.sum(axis=1, keepdims=True)
    return probs


def sample(logits: np.ndarray, rng: np.random.Generator, temperature: float = 1.0, top_k: int | None = None,
           top_p: float | None = None) -> np.ndarray:
    probs = filtered_probs(logits, temperature, top_k, top_p)
    u = rng.random(logits.shape[0])
    cdf = np.cumsum(probs, axis=1)
    above = cdf > u[:, None]
    last_nonzero = probs.shape[1] - 1 - np.argmax(probs[:, ::-1] > 0, axis=1)
    return np.where(above.any(axis=1), np.argmax(above, axis=1), last_nonzero).astype(np.int64)
