"""Stable softmax and log-softmax along `dim`, from elementary torch operations."""

import torch


def softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    raise NotImplementedError("write your solution here")


def log_softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    raise NotImplementedError("write your solution here")
