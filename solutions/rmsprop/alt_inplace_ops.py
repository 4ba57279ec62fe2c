"""RMSprop written with in-place tensor ops (mul_, addcmul_, addcdiv_) and state keyed by position."""

import torch


class RMSprop:
    def __init__(self, params, lr: float = 0.01, alpha: float = 0.99, eps: float = 1e-8,
                 weight_decay: float = 0.0, momentum: float = 0.0) -> None:
        self.params = list(params)
        self.lr, self.alpha, self.eps = lr, alpha, eps
        self.weight_decay, self.momentum = weight_decay, momentum
        self.sq: list[torch.Tensor | None] = [None] * len(self.params)
        self.buf: list[torch.Tensor | None] = [None] * len(self.params)

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    @torch.no_grad()
    def step(self) -> None:
        for i, p in enumerate(self.params):
            if p.grad is None:
                continue
            g = p.grad
            if self.weight_decay != 0:
                g = g.add(p, alpha=self.weight_decay)
            sq = self.sq[i]
            if sq is None:
                sq = self.sq[i] = torch.zeros_like(p)
            sq.mul_(self.alpha).addcmul_(g, g, value=1 - self.alpha)
            denom = sq.sqrt().add_(self.eps)
            if self.momentum > 0:
                buf = self.buf[i]
                if buf is None:
                    buf = self.buf[i] = torch.zeros_like(p)
                buf.mul_(self.momentum).addcdiv_(g, denom)
                p.add_(buf, alpha=-self.lr)
            else:
                p.addcdiv_(g, denom, value=-self.lr)
