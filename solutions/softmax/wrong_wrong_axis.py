"""Wrong: ignores `dim` and always normalises over the last axis (right only when dim is -1)."""

import torch


def softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    z = x - x.amax(dim=-1, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=-1, keepdim=True)


def log_softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    z = x - x.amax(dim=-1, keepdim=True)
    return z - torch.log(torch.exp(z).sum(dim=-1, keepdim=True))
