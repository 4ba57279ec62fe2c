"""Reference: Linear -> ReLU -> inverted dropout -> Linear. The mask keeps a unit when a uniform
draw is >= p, so p = 0 keeps everything exactly; survivors are scaled by 1 / (1 - p) so that the
expected activation matches eval mode, where dropout is the identity."""

import torch


class MLP(torch.nn.Module):
    def __init__(self, in_dim: int, hidden: int, out_dim: int, p: float) -> None:
        super().__init__()
        self.fc1 = torch.nn.Linear(in_dim, hidden)
        self.fc2 = torch.nn.Linear(hidden, out_dim)
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.fc1(x))
        if self.training and self.p > 0:
            keep = torch.rand_like(h) >= self.p
            h = h * keep / (1.0 - self.p)
        return self.fc2(h)
