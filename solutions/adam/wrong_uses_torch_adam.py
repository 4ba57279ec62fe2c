"""Wrong: wraps torch.optim.Adam, the optimizer this problem asks you to write."""

from torch.optim import Adam as TorchAdam


class Adam:
    def __init__(self, params, lr: float = 1e-3, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8, weight_decay: float = 0.0) -> None:
        self.inner = TorchAdam(params, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay)

    def zero_grad(self) -> None:
        self.inner.zero_grad()

    def step(self) -> None:
        self.inner.step()
