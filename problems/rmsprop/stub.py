"""RMSprop with optional L2 weight decay and momentum, following torch.optim.RMSprop's rule."""

import torch


class RMSprop:
    def __init__(self, params, lr: float = 0.01, alpha: float = 0.99, eps: float = 1e-8,
                 weight_decay: float = 0.0, momentum: float = 0.0) -> None:
        raise NotImplementedError("write your solution here")

    def zero_grad(self) -> None:
        raise NotImplementedError("write your solution here")

    def step(self) -> None:
        raise NotImplementedError("write your solution here")
