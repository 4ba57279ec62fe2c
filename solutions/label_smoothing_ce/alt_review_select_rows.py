import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.0, ignore_index=-100):
    keep = targets != ignore_index
    z = logits[keep]                       # only the rows that count
    y = targets[keep]
    n, k = z.shape
    if n == 0:
        return (logits * 0).sum()          # 0.0 in logits' dtype, still attached to the graph
    m = z.max(dim=1, keepdim=True).values
    shifted = z - m
    log_p = shifted - torch.log(torch.exp(shifted).sum(dim=1, keepdim=True))
    nll_true = -log_p[torch.arange(n), y]
    nll_all = -log_p.sum(dim=1)
    per_row = (1.0 - smoothing) * nll_true + (smoothing / k) * nll_all
    return per_row.sum() / n
