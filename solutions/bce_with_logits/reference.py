"""Reference: both log terms through a stable softplus, so no exponent is ever positive."""

import torch


def _softplus(t: torch.Tensor) -> torch.Tensor:
    """log(1 + exp(t)) = max(t, 0) + log1p(exp(-|t|)), finite for any finite t."""
    return t.clamp(min=0) + torch.log1p(torch.exp(-t.abs()))


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor,
                    pos_weight: torch.Tensor | None = None) -> torch.Tensor:
    # -log(s(z)) = softplus(-z) and -log(1 - s(z)) = softplus(z).
    if pos_weight is None:
        loss = _softplus(logits) - logits * targets
    else:
        loss = pos_weight * targets * _softplus(-logits) + (1 - targets) * _softplus(logits)
    return loss.mean()
