"""Reference: plain Euclidean distances with torch.linalg.norm, hinge with clamp, mean over triplets."""

import torch


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    # linalg.norm's gradient at a zero vector is 0, so coinciding points stay finite.
    d_ap = torch.linalg.norm(anchor - positive, dim=1)
    d_an = torch.linalg.norm(anchor - negative, dim=1)
    return (d_ap - d_an + margin).clamp(min=0).mean()
