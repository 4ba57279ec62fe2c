"""Wrong: uses squared Euclidean distances (the FaceNet variant) where the task asks for plain
ones; the margin then compares squared lengths and every value changes."""

import torch


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    d_ap = ((anchor - positive) ** 2).sum(dim=1)
    d_an = ((anchor - negative) ** 2).sum(dim=1)
    return (d_ap - d_an + margin).clamp(min=0).mean()
