"""Wrong: sums the per-element losses instead of averaging them (right only for one element)."""

import torch


def _softplus(t: torch.Tensor) -> torch.Tensor:
    return t.clamp(min=0) + torch.log1p(torch.exp(-t.abs()))


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor,
                    pos_weight: torch.Tensor | None = None) -> torch.Tensor:
    w = 1.0 if pos_weight is None else pos_weight
    loss = w * targets * _softplus(-logits) + (1 - targets) * _softplus(logits)
    return loss.sum()
