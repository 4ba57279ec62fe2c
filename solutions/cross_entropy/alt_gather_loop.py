"""Cross-entropy computed row by row with a shifted log-sum-exp, skipping ignored rows."""

import torch


def cross_entropy(logits: torch.Tensor, targets: torch.Tensor, ignore_index: int = -100) -> torch.Tensor:
    total = logits.new_zeros(())
    kept = 0
    for i in range(logits.shape[0]):
        t = int(targets[i])
        if t == ignore_index:
            continue
        row = logits[i]
        m = row.max()
        lse = m + torch.log(torch.exp(row - m).sum())
        total = total + (lse - row[t])
        kept += 1
    return total / kept
