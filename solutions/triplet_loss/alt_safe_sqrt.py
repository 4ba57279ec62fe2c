"""Triplet margin loss with a hand-written Euclidean distance whose gradient is 0 at 0."""

import torch


def _dist(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    sq = ((x - y) ** 2).sum(dim=1)
    zero = sq == 0
    # sqrt of a placeholder 1 where the distance is 0 keeps the backward pass finite
    safe = torch.sqrt(torch.where(zero, torch.ones_like(sq), sq))
    return torch.where(zero, torch.zeros_like(sq), safe)


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    gap = _dist(anchor, positive) - _dist(anchor, negative) + margin
    return torch.where(gap > 0, gap, torch.zeros_like(gap)).mean()
