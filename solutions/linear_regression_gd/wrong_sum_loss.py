"""Wrong: sums the squared errors instead of averaging them. The gradient is N times larger, so a
learning rate that suits the mean overshoots and the iterates blow up to inf / nan."""

import torch


def fit(X: torch.Tensor, y: torch.Tensor, lr: float = 0.1, steps: int = 500) -> tuple[torch.Tensor, torch.Tensor]:
    w = torch.zeros(X.shape[1], dtype=X.dtype, requires_grad=True)
    b = torch.zeros((), dtype=X.dtype, requires_grad=True)
    for _ in range(steps):
        w.grad = None
        b.grad = None
        loss = ((X @ w + b - y) ** 2).sum()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
    return w.detach(), b.detach()
