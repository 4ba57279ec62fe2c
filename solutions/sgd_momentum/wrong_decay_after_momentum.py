"""Wrong: weight decay added after the momentum buffer (the buffer only sees the raw gradient).
torch adds weight_decay * p to the gradient first, so the decay is carried by the momentum too.
Right whenever momentum or weight_decay is zero."""

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
        for i, p in enumerate(self.params):
            if p.grad is None:
                continue
            g = p.grad
            if self.momentum != 0:
                if i not in self.buffers:
                    self.buffers[i] = g.clone()
                else:
                    self.buffers[i].mul_(self.momentum).add_(g)
                buf = self.buffers[i]
                g = g + self.momentum * buf if self.nesterov else buf
            p.sub_(self.lr * (g + self.weight_decay * p))
