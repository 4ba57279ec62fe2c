"""Reference: log-softmax with a per-row max shift, pick each kept row's target column, average."""

import torch


def cross_entropy(logits: torch.Tensor, targets: torch.Tensor, ignore_index: int = -100) -> torch.Tensor:
    z = logits - logits.amax(dim=1, keepdim=True)
    log_probs = z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))
    keep = targets != ignore_index
    rows = torch.arange(len(targets))[keep]
    return -log_probs[rows, targets[keep]].mean()
