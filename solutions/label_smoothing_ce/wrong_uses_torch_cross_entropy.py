"""Wrong: calls torch.nn.functional.cross_entropy, the loss this problem asks you to write."""

import torch


def label_smoothing_cross_entropy(logits: torch.Tensor, targets: torch.Tensor, smoothing: float = 0.0,
                                  ignore_index: int = -100) -> torch.Tensor:
    if bool((targets != ignore_index).any()):
        return torch.nn.functional.cross_entropy(logits, targets, label_smoothing=smoothing,
                                                 ignore_index=ignore_index)
    shifted = logits - logits.max(dim=1, keepdim=True).values
    logp = shifted - torch.exp(shifted).sum(dim=1, keepdim=True).log()
    keep = targets != ignore_index
    safe = torch.where(keep, targets, torch.zeros_like(targets))
    nll = -logp.gather(1, safe[:, None])[:, 0]
    per_example = (1.0 - smoothing) * nll - smoothing * logp.mean(dim=1)
    total = torch.where(keep, per_example, torch.zeros_like(per_example)).sum()
    return total / keep.sum().clamp(min=1)
