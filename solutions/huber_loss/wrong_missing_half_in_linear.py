"""Wrong: the linear piece is delta * (|r| - delta), without the 0.5. The loss then drops from
0.5 * delta^2 to 0 just past |r| = delta: discontinuous, and too small for every outlier."""

import torch


def huber_loss(pred: torch.Tensor, target: torch.Tensor, delta: float = 1.0) -> torch.Tensor:
    r = pred - target
    abs_r = r.abs()
    return torch.where(abs_r <= delta, 0.5 * r ** 2, delta * (abs_r - delta)).mean()
