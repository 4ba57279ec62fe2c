"""Reference: pick the quadratic or the linear piece per element with torch.where, then average."""

import torch


def huber_loss(pred: torch.Tensor, target: torch.Tensor, delta: float = 1.0) -> torch.Tensor:
    r = pred - target
    abs_r = r.abs()
    return torch.where(abs_r <= delta, 0.5 * r ** 2, delta * (abs_r - 0.5 * delta)).mean()
