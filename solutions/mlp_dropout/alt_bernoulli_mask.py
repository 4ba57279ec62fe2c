"""One-hidden-layer MLP with inverted dropout from a torch.bernoulli keep-mask."""

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
            keep = torch.bernoulli(torch.full_like(h, 1.0 - self.p))
            h = h * keep / (1.0 - self.p)
        return self.fc2(h)
