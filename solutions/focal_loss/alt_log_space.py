"""Focal loss with log p_t from a shifted log-sum-exp and (1 - p_t) from -expm1(log p_t)."""

import torch


def focal_loss(logits: torch.Tensor, targets: torch.Tensor, gamma: float = 2.0,
               alpha: torch.Tensor | None = None) -> torch.Tensor:
    m = logits.amax(dim=1, keepdim=True)
    shifted = logits - m
    log_z = torch.log(torch.exp(shifted).sum(dim=1))
    log_pt = shifted.gather(1, targets.unsqueeze(1)).squeeze(1) - log_z
    one_minus = -torch.expm1(log_pt)  # accurate 1 - p_t when p_t is near 1
    # x ** 0 has the slope 0 * x ** -1, nan at x = 0 (p_t == 1), so gamma = 0 skips the power
    weight = torch.ones_like(log_pt) if gamma == 0 else one_minus ** gamma
    per = -weight * log_pt
    if alpha is not None:
        per = per * alpha[targets]
    return per.mean()
