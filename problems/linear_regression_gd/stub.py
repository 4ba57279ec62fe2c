"""Linear regression fitted by batch gradient descent with torch autograd."""

import torch


def fit(X: torch.Tensor, y: torch.Tensor, lr: float = 0.1, steps: int = 500) -> tuple[torch.Tensor, torch.Tensor]:
    raise NotImplementedError("write your solution here")
