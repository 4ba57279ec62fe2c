"""Wrong: momentum as an exponential moving average that starts at zero,
buf = momentum * buf + (1 - momentum) * g. torch's rule adds the whole gradient (no dampening) and
starts the buffer at the first gradient, so every step here is too short (10x on step 1 for 0.9)."""

import torch


class SGDMomentum:
    def __init__(self, params, lr: float, momentum: float = 0.0, weight_decay: float = 0.0,
                 nesterov: bool = False) -> None:
        self.params = list(params)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.nesterov = nesterov
        self.buffers = [torch.zeros_like(p) for p in self.params]

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    @torch.no_grad()
    def step(self) -> None:
        for p, buf in zip(self.params, self.buffers):
            if p.grad is None:
                continue
            g = p.grad + self.weight_decay * p
            if self.momentum != 0:
                buf.mul_(self.momentum).add_((1 - self.momentum) * g)
                g = g + self.momentum * buf if self.nesterov else buf
            p.sub_(self.lr * g)
