"""Wrong: the distance as sqrt(sum of squares). Values are right, but when two points coincide
the slope of sqrt at 0 is infinite and the gradient becomes 0 * inf = nan."""

import torch


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    d_ap = torch.sqrt(((anchor - positive) ** 2).sum(dim=1))
    d_an = torch.sqrt(((anchor - negative) ** 2).sum(dim=1))
    return (d_ap - d_an + margin).clamp(min=0).mean()
