"""Huber loss in the branch-free form q * (|r| - q / 2) with q = min(|r|, delta)."""

import torch


def huber_loss(pred: torch.Tensor, target: torch.Tensor, delta: float = 1.0) -> torch.Tensor:
    r = pred - target
    a = r.abs()
    q = torch.clamp(a, max=delta)
    # |r| <= delta: a * (a - a/2) = a^2/2; otherwise delta * (|r| - delta/2)
    per = q * (a - 0.5 * q)
    return per.sum() / per.numel()
