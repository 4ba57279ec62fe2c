"""Wrong on an edge case: subtracts the row maximum, but takes the log of the softmax
probabilities; a probability that underflows to 0 gives log 0 = -inf, so the smoothed loss is inf."""

import torch


def label_smoothing_cross_entropy(logits: torch.Tensor, targets: torch.Tensor, smoothing: float = 0.0,
                                  ignore_index: int = -100) -> torch.Tensor:
    shifted = logits - logits.max(dim=1, keepdim=True).values
    e = torch.exp(shifted)
    logp = torch.log(e / e.sum(dim=1, keepdim=True))
    keep = targets != ignore_index
    safe = torch.where(keep, targets, torch.zeros_like(targets))
    nll = -logp.gather(1, safe[:, None])[:, 0]
    per_example = (1.0 - smoothing) * nll - smoothing * logp.mean(dim=1)
    total = torch.where(keep, per_example, torch.zeros_like(per_example)).sum()
    return total / keep.sum().clamp(min=1)
