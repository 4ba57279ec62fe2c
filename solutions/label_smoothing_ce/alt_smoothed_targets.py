"""Builds the smoothed target distribution q explicitly (one-hot times 1 - eps plus eps / K),
takes -sum(q * log p) per row, and averages over the rows whose target is kept by boolean
indexing."""

import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.0, ignore_index=-100):
    kept = targets != ignore_index
    z = logits[kept]
    y = targets[kept]
    if z.shape[0] == 0:
        return logits.sum() * 0.0
    k = z.shape[1]
    m, _ = z.max(dim=1, keepdim=True)
    log_probs = z - m - torch.log(torch.exp(z - m).sum(dim=1, keepdim=True))
    q = torch.full_like(z, smoothing / k)
    q[torch.arange(z.shape[0]), y] += 1.0 - smoothing
    return -(q * log_probs).sum(dim=1).mean()
