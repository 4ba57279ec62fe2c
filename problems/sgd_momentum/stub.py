"""SGD with momentum, L2 weight decay and Nesterov momentum, following torch.optim.SGD's rule."""

import torch


class SGDMomentum:
    def __init__(self, params, lr: float, momentum: float = 0.0, weight_decay: float = 0.0,
                 nesterov: bool = False) -> None:
        raise NotImplementedError("write your solution here")

    def zero_grad(self) -> None:
        raise NotImplementedError("write your solution here")

    def step(self) -> None:
        raise NotImplementedError("write your solution here")
