"""Wrong: forgets the hinge max(0, .), so triplets that already satisfy the margin subtract from
the loss (it can go negative) and keep pushing negatives away forever."""

import torch


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    d_ap = torch.linalg.norm(anchor - positive, dim=1)
    d_an = torch.linalg.norm(anchor - negative, dim=1)
    return (d_ap - d_an + margin).mean()
