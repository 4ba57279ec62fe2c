"""Filtering with one stable sort per stage and boolean masks; sampling by searching each row's cumulative sum."""

import numpy as np


def _descending(p):
    """Token order per row by probability, largest first, lower index first on ties."""
    return np.argsort(-p, axis=1, kind="stable")


def filtered_probs(logits, temperature=1.0, top_k=None, top_p=None):
    logits = np.asarray(logits, dtype=np.float64)
    b, v = logits.shape
    if not temperature > 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    if top_k is not None and not 1 <= top_k <= v:
        raise ValueError(f"top_k must be in 1..{v}, got {top_k}")
    if top_p is not None and not 0 < top_p <= 1:
        raise ValueError(f"top_p must be in (0, 1], got {top_p}")
    scaled = logits / temperature
    e = np.exp(scaled - scaled.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    rows = np.arange(b)[:, None]
    if top_k is not None:
        order = _descending(p)
        keep = np.zeros_like(p, dtype=bool)
        keep[rows, order[:, :top_k]] = True
        p = np.where(keep, p, 0.0)
        p = p / p.sum(axis=1, keepdims=True)
    if top_p is not None:
        order = _descending(p)
        sorted_p = p[rows, order]
        before = np.concatenate([np.zeros((b, 1)), np.cumsum(sorted_p, axis=1)[:, :-1]], axis=1)
        keep = np.zeros_like(p, dtype=bool)
        keep[rows, order] = before < top_p
        p = np.where(keep, p, 0.0)
        p = p / p.sum(axis=1, keepdims=True)
    return p


def sample(logits, rng, temperature=1.0, top_k=None, top_p=None):
    probs = filtered_probs(logits, temperature, top_k, top_p)
    b = probs.shape[0]
    u = rng.random(b)
    out = np.empty(b, dtype=np.int64)
    for row in range(b):
        cum = np.cumsum(probs[row])
        i = int(np.searchsorted(cum, u[row], side="right"))
        if i >= probs.shape[1]:
            i = int(np.flatnonzero(probs[row] > 0)[-1])
        out[row] = i
    return out
