"""Wrong: applies dropout to the output logits instead of the hidden layer, so whole class scores
are zeroed in training and the hidden units are never dropped."""

import torch


class MLP(torch.nn.Module):
    def __init__(self, in_dim: int, hidden: int, out_dim: int, p: float) -> None:
        super().__init__()
        self.fc1 = torch.nn.Linear(in_dim, hidden)
        self.fc2 = torch.nn.Linear(hidden, out_dim)
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.fc2(torch.relu(self.fc1(x)))
        if self.training and self.p > 0:
            out = out * (torch.rand_like(out) >= self.p) / (1.0 - self.p)
        return out
