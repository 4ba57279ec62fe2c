"""Mean softmax cross-entropy of (N, C) logits against class indices, skipping ignore_index."""

import torch


def cross_entropy(logits: torch.Tensor, targets: torch.Tensor, ignore_index: int = -100) -> torch.Tensor:
    raise NotImplementedError("write your solution here")
