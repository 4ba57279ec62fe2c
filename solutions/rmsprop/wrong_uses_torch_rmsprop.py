"""Wrong: wraps torch.optim.RMSprop, the optimizer this problem asks you to write."""

import torch


class RMSprop:
    def __init__(self, params, lr: float = 0.01, alpha: float = 0.99, eps: float = 1e-8,
                 weight_decay: float = 0.0, momentum: float = 0.0) -> None:
        self.inner = torch.optim.RMSprop(params, lr=lr, alpha=alpha, eps=eps,
                                         weight_decay=weight_decay, momentum=momentum)

    def zero_grad(self) -> None:
        self.inner.zero_grad()

    def step(self) -> None:
        self.inner.step()
