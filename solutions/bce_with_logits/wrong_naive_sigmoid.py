"""Wrong: forms the probability first, then takes logs. Accurate for moderate logits, but at
z = 1e4 the probability rounds to exactly 1, log(1 - p) is -inf and 0 * -inf is nan."""

import torch


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor,
                    pos_weight: torch.Tensor | None = None) -> torch.Tensor:
    p = 1 / (1 + torch.exp(-logits))
    w = 1.0 if pos_weight is None else pos_weight
    loss = -(w * targets * torch.log(p) + (1 - targets) * torch.log(1 - p))
    return loss.mean()
