"""Wrong: builds focal loss on top of the library cross-entropy, which this problem forbids."""

import torch
import torch.nn.functional as F


def focal_loss(logits: torch.Tensor, targets: torch.Tensor, gamma: float = 2.0,
               alpha: torch.Tensor | None = None) -> torch.Tensor:
    ce = F.cross_entropy(logits, targets, reduction="none")
    loss = (1 - torch.exp(-ce)) ** gamma * ce
    if alpha is not None:
        loss = alpha[targets] * loss
    return loss.mean()
