"""Wrong: drops units whatever the mode. model.eval() must turn dropout off (self.training tells
which mode the module is in); here evaluation stays random."""

import torch


class MLP(torch.nn.Module):
    def __init__(self, in_dim: int, hidden: int, out_dim: int, p: float) -> None:
        super().__init__()
        self.fc1 = torch.nn.Linear(in_dim, hidden)
        self.fc2 = torch.nn.Linear(hidden, out_dim)
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.fc1(x))
        keep = torch.rand_like(h) >= self.p
        return self.fc2(h * keep / (1.0 - self.p))
