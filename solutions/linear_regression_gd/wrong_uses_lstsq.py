"""Wrong: solves the least-squares problem in closed form with torch.linalg.lstsq. The answer is
optimal, but the task is to get there by gradient descent."""

import torch


def fit(X: torch.Tensor, y: torch.Tensor, lr: float = 0.1, steps: int = 500) -> tuple[torch.Tensor, torch.Tensor]:
    A = torch.cat([X, torch.ones(X.shape[0], 1, dtype=X.dtype)], dim=1)
    theta = torch.linalg.lstsq(A, y.unsqueeze(1), driver="gelsd").solution.squeeze(1)
    return theta[:-1].clone(), theta[-1].clone()
