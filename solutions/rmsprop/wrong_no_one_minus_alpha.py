"""Wrong: forgets the (1 - alpha) factor, square_avg = alpha * square_avg + g**2. The running
"mean" then grows to about g**2 / (1 - alpha), 100x too big for alpha = 0.99, and every step
shrinks by about 10x."""

import torch


class RMSprop:
    def __init__(self, params, lr: float = 0.01, alpha: float = 0.99, eps: float = 1e-8,
                 weight_decay: float = 0.0, momentum: float = 0.0) -> None:
        self.params = list(params)
        self.lr = lr
        self.alpha = alpha
        self.eps = eps
        self.weight_decay = weight_decay
        self.momentum = momentum
        self.square_avg = [torch.zeros_like(p) for p in self.params]
        self.buffers = [torch.zeros_like(p) for p in self.params]

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    @torch.no_grad()
    def step(self) -> None:
        for p, sq, buf in zip(self.params, self.square_avg, self.buffers):
            if p.grad is None:
                continue
            g = p.grad
            if self.weight_decay != 0:
                g = g + self.weight_decay * p
            sq.mul_(self.alpha).add_(g * g)
            scaled = g / (sq.sqrt() + self.eps)
            if self.momentum > 0:
                buf.mul_(self.momentum).add_(scaled)
                scaled = buf
            p.sub_(self.lr * scaled)
