"""Wrong: derives the gradient by hand instead of using autograd. It converges, but the task is
the autograd loop (zero the gradients, forward, loss, backward, step): no backward pass ever runs."""

import torch


def fit(X: torch.Tensor, y: torch.Tensor, lr: float = 0.1, steps: int = 500) -> tuple[torch.Tensor, torch.Tensor]:
    n = X.shape[0]
    w = torch.zeros(X.shape[1], dtype=X.dtype)
    b = torch.zeros((), dtype=X.dtype)
    for _ in range(steps):
        r = X @ w + b - y
        w = w - lr * 2.0 / n * (X.T @ r)
        b = b - lr * 2.0 * r.mean()
    return w, b
