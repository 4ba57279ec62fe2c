"""SGD with momentum/Nesterov using a dict of buffers keyed by parameter id and in-place updates."""

import torch


class SGDMomentum:
    def __init__(self, params, lr: float, momentum: float = 0.0, weight_decay: float = 0.0,
                 nesterov: bool = False) -> None:
        self.params = list(params)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.nesterov = nesterov
        self.buffers: dict[int, torch.Tensor] = {}

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    @torch.no_grad()
    def step(self) -> None:
        for p in self.params:
            if p.grad is None:
                continue
            d_p = p.grad.clone()
            if self.weight_decay:
                d_p.add_(p, alpha=self.weight_decay)
            if self.momentum:
                key = id(p)
                if key not in self.buffers:
                    self.buffers[key] = d_p.clone()
                else:
                    self.buffers[key].mul_(self.momentum).add_(d_p)
                buf = self.buffers[key]
                if self.nesterov:
                    d_p.add_(buf, alpha=self.momentum)
                else:
                    d_p = buf
            p.sub_(self.lr * d_p)
