"""Wrong: multiplies the whole per-element loss by pos_weight, so negatives are reweighted too
(pos_weight must scale only the y * log(s(z)) term). Right whenever pos_weight is None."""

import torch


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor,
                    pos_weight: torch.Tensor | None = None) -> torch.Tensor:
    loss = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    if pos_weight is not None:
        loss = pos_weight * loss
    return loss.mean()
