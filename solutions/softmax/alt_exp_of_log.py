"""Softmax as exp(log_softmax), with log_softmax from a max-shifted log-sum-exp."""

import torch


def log_softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    shifted = x - x.amax(dim=dim, keepdim=True)
    return shifted - torch.log(torch.exp(shifted).sum(dim=dim, keepdim=True))


def softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    # exp(-inf) is exactly 0, so masked entries come out as 0.0
    return torch.exp(log_softmax(x, dim))
