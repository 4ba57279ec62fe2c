"""BCE from logits with the log-terms written as -softplus via a sign split, per element."""

import torch


def _log_sigmoid(z: torch.Tensor) -> torch.Tensor:
    # log s(z) = min(z, 0) - log1p(exp(-|z|)): exp never sees a positive argument
    return torch.clamp(z, max=0.0) - torch.log1p(torch.exp(-z.abs()))


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor,
                    pos_weight: torch.Tensor | None = None) -> torch.Tensor:
    log_p = _log_sigmoid(logits)
    log_q = _log_sigmoid(-logits)  # log(1 - s(z)) = log s(-z)
    pos = targets * log_p
    if pos_weight is not None:
        pos = pos * pos_weight
    per = -(pos + (1.0 - targets) * log_q)
    return per.sum() / per.numel()
