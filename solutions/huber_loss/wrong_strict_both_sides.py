"""Wrong: masks the pieces with |r| < delta and |r| > delta, so a residual exactly at +-delta
belongs to neither and costs 0 (with zero gradient). Random residuals never land there."""

import torch


def huber_loss(pred: torch.Tensor, target: torch.Tensor, delta: float = 1.0) -> torch.Tensor:
    r = pred - target
    abs_r = r.abs()
    small = (abs_r < delta).to(r.dtype)
    large = (abs_r > delta).to(r.dtype)
    return (small * 0.5 * r ** 2 + large * delta * (abs_r - 0.5 * delta)).mean()
