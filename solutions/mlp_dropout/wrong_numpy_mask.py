"""Wrong: draws the dropout mask with numpy's global generator instead of torch's, so
torch.manual_seed does not make training repeatable. The statistics of the mask are right."""

import numpy as np
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
            keep = torch.from_numpy(np.random.rand(*h.shape) >= self.p)
            h = h * keep / (1 - self.p)
        return self.fc2(h)
