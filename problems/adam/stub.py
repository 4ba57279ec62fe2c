"""Adam with bias correction and L2 weight decay, following torch.optim.Adam's rule."""

import torch


class Adam:
    def __init__(self, params, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8, weight_decay: float = 0.0) -> None:
        raise NotImplementedError("write your solution here")

    def zero_grad(self) -> None:
        raise NotImplementedError("write your solution here")

    def step(self) -> None:
        raise NotImplementedError("write your solution here")
