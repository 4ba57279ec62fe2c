"""Row by row: a stable softmax of logits / T, masks built from Python sorts, and sampling with
np.searchsorted on each row's CDF (side='right' gives the first cumulative sum above u)."""

import numpy as np


def _one_row(z, top_k, top_p):
    z = z - z.max()
    p = np.exp(z)
    p = p / p.sum()
    if top_k is not None:
        order = sorted(range(len(p)), key=lambda i: (-p[i], i))
        mask = np.zeros(len(p), dtype=bool)
        mask[order[:top_k]] = True
        p = np.where(mask, p, 0.0)
        p = p / p.sum()
    if top_p is not None:
        order = sorted((i for i in range(len(p)) if p[i] > 0), key=lambda i: (-p[i], i))
        mask = np.zeros(len(p), dtype=bool)
        running = 0.0
        for i in order:
            if running >= top_p:
                break
            mask[i] = True
            running += p[i]
        p = np.where(mask, p, 0.0)
        p = p / p.sum()
    return p


def filtered_probs(logits, temperature=1.0, top_k=None, top_p=None):
    if not temperature > 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    if top_k is not None and (top_k < 1 or top_k > logits.shape[-1]):
        raise ValueError(f"top_k must be in 1..{logits.shape[-1]}, got {top_k}")
    if top_p is not None and not (0.0 < top_p <= 1.0):
        raise ValueError(f"top_p must be in (0, 1], got {top_p}")
    scaled = np.asarray(logits, dtype=np.float64) / temperature
    return np.stack([_one_row(row, top_k, top_p) for row in scaled])


def sample(logits, rng, temperature=1.0, top_k=None, top_p=None):
    probs = filtered_probs(logits, temperature, top_k, top_p)
    u = rng.random(probs.shape[0])
    out = np.empty(probs.shape[0], dtype=np.int64)
    for b, row in enumerate(probs):
        idx = int(np.searchsorted(np.cumsum(row), u[b], side="right"))
        if idx >= len(row):
            idx = int(np.nonzero(row)[0][-1])
        out[b] = idx
    return out
