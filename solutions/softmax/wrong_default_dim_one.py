"""Wrong default: `dim=1` (rows of a (batch, classes) matrix) instead of `dim=-1`. Right whenever dim
is passed and for 2-D input, wrong when a 3-D tensor is given without dim."""

import torch


def softmax(x: torch.Tensor, dim: int = 1) -> torch.Tensor:
    z = x - x.amax(dim=dim, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=dim, keepdim=True)


def log_softmax(x: torch.Tensor, dim: int = 1) -> torch.Tensor:
    z = x - x.amax(dim=dim, keepdim=True)
    return z - torch.log(torch.exp(z).sum(dim=dim, keepdim=True))
