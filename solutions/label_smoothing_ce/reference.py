"""Reference: a stable log-softmax, the smoothed loss as (1 - eps) times the negative
log-likelihood plus eps times the mean negative log-probability over all K classes, averaged over
the examples whose target is not ignored (0 when none is left)."""

import torch


def label_smoothing_cross_entropy(logits: torch.Tensor, targets: torch.Tensor, smoothing: float = 0.0,
                                  ignore_index: int = -100) -> torch.Tensor:
    shifted = logits - logits.max(dim=1, keepdim=True).values
    logp = shifted - torch.exp(shifted).sum(dim=1, keepdim=True).log()
    keep = targets != ignore_index
    safe = torch.where(keep, targets, torch.zeros_like(targets))
    nll = -logp.gather(1, safe[:, None])[:, 0]
    per_example = (1.0 - smoothing) * nll - smoothing * logp.mean(dim=1)
    total = torch.where(keep, per_example, torch.zeros_like(per_example)).sum()
    return total / keep.sum().clamp(min=1)
