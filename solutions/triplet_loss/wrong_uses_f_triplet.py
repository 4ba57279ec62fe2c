"""Wrong: calls the library loss the task asks you to write."""

import torch
import torch.nn.functional as F


def triplet_loss(anchor: torch.Tensor, positive: torch.Tensor, negative: torch.Tensor,
                 margin: float = 1.0) -> torch.Tensor:
    return F.triplet_margin_loss(anchor, positive, negative, margin=margin)
