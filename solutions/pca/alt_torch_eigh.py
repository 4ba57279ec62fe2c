"""PCA in torch: eigendecomposition of the ddof=1 covariance, largest eigenvalues first."""

import numpy as np
import torch


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    t = torch.from_numpy(np.array(X, dtype=np.float64))
    tc = t - t.mean(dim=0, keepdim=True)
    cov = tc.T @ tc / (t.shape[0] - 1)
    vals, vecs = torch.linalg.eigh(cov)  # ascending order
    idx = torch.argsort(vals, descending=True)[:k]
    comps = vecs[:, idx].T.contiguous()
    return comps.numpy().copy(), vals[idx].clamp(min=0.0).numpy().copy()
