"""Linear regression by gradient descent on one augmented parameter vector, using autograd.grad."""

import torch


def fit(X: torch.Tensor, y: torch.Tensor, lr: float = 0.1, steps: int = 500) -> tuple[torch.Tensor, torch.Tensor]:
    n, d = X.shape
    # a column of ones turns the bias into the last weight
    Xa = torch.cat([X, torch.ones(n, 1, dtype=X.dtype)], dim=1)
    theta = torch.zeros(d + 1, dtype=X.dtype)
    for _ in range(steps):
        p = theta.clone().requires_grad_(True)
        loss = ((Xa @ p - y) ** 2).mean()
        (g,) = torch.autograd.grad(loss, p)
        theta = theta - lr * g
    return theta[:d].clone(), theta[d].clone()
