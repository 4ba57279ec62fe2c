"""Binary and Crammer-Singer hinge losses with hand-written subgradients, computed with torch ops."""

import numpy as np
import torch


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    yt = torch.from_numpy(np.array(y))
    if not bool(((yt == 1) | (yt == -1)).all()):
        raise ValueError("labels must be -1 or +1 (0/1 labels are not accepted)")
    s = torch.from_numpy(np.array(scores, dtype=np.float64))
    yf = yt.to(torch.float64)
    n = s.shape[0]
    margin = 1.0 - yf * s
    active = margin > 0
    loss = torch.where(active, margin, torch.zeros_like(margin)).sum() / n
    grad = torch.where(active, -yf / n, torch.zeros_like(s))
    return float(loss), grad.numpy().copy()


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    s = torch.from_numpy(np.array(scores, dtype=np.float64))
    yt = torch.from_numpy(np.array(y, dtype=np.int64))
    n = s.shape[0]
    rows = torch.arange(n)
    wrong = s.clone()
    wrong[rows, yt] = -torch.inf
    # torch.max on a CPU tensor does not promise the first index of ties; build it explicitly
    top = wrong.max(dim=1, keepdim=True).values
    cols = torch.arange(s.shape[1]).expand_as(s)
    j = torch.where(wrong == top, cols, s.shape[1]).min(dim=1).values
    margin = 1.0 + s[rows, j] - s[rows, yt]
    active = (margin > 0).to(torch.float64)
    grad = torch.zeros_like(s)
    grad[rows, j] += active / n
    grad[rows, yt] -= active / n
    loss = (margin.clamp(min=0.0)).sum() / n
    return float(loss), grad.numpy().copy()
