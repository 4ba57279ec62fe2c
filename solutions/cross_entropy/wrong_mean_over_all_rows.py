"""Wrong: zeroes the ignored rows' losses but still divides by N, the number of all rows, so every
ignored row drags the mean down. Right only when nothing is ignored."""

import torch


def cross_entropy(logits: torch.Tensor, targets: torch.Tensor, ignore_index: int = -100) -> torch.Tensor:
    z = logits - logits.amax(dim=1, keepdim=True)
    log_probs = z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))
    keep = targets != ignore_index
    safe = torch.where(keep, targets, torch.zeros_like(targets))
    picked = log_probs.gather(1, safe.unsqueeze(1)).squeeze(1)
    return -(picked * keep).mean()
