"""Wrong: spreads the smoothing mass eps over the K - 1 wrong classes only (the true class
gets exactly 1 - eps), where PyTorch's convention spreads eps / K over all K classes."""

import torch


def label_smoothing_cross_entropy(logits: torch.Tensor, targets: torch.Tensor, smoothing: float = 0.0,
                                  ignore_index: int = -100) -> torch.Tensor:
    shifted = logits - logits.max(dim=1, keepdim=True).values
    logp = shifted - torch.exp(shifted).sum(dim=1, keepdim=True).log()
    keep = targets != ignore_index
    safe = torch.where(keep, targets, torch.zeros_like(targets))
    nll = -logp.gather(1, safe[:, None])[:, 0]
    k = logits.shape[1]
    others = -(logp.sum(dim=1) + nll) / max(k - 1, 1)
    per_example = (1.0 - smoothing) * nll - smoothing * others
    total = torch.where(keep, per_example, torch.zeros_like(per_example)).sum()
    return total / keep.sum().clamp(min=1)
