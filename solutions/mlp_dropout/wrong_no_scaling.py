"""Wrong: zeroes units but does not scale the survivors by 1 / (1 - p). The expected hidden
activation in training is (1 - p) times what eval mode computes, so train and eval disagree on
average."""

import torch


class MLP(torch.nn.Module):
    def __init__(self, in_dim: int, hidden: int, out_dim: int, p: float) -> None:
        super().__init__()
        self.fc1 = torch.nn.Linear(in_dim, hidden)
        self.fc2 = torch.nn.Linear(hidden, out_dim)
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.fc1(x))
        if self.training:
            h = h * (torch.rand_like(h) >= self.p)
        return self.fc2(h)
