"""A one-hidden-layer MLP with inverted dropout written by hand."""

import torch


class MLP(torch.nn.Module):
    def __init__(self, in_dim: int, hidden: int, out_dim: int, p: float) -> None:
        super().__init__()
        raise NotImplementedError("write your solution here")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write your solution here")
