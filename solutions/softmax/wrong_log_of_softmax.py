"""Wrong: log_softmax as log(softmax(x)). A probability that underflows to 0 gives -inf where the
true log-probability is a finite number like -1e4."""

import torch


def softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    z = x - x.amax(dim=dim, keepdim=True)
    e = torch.exp(z)
    return e / e.sum(dim=dim, keepdim=True)


def log_softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    return torch.log(softmax(x, dim))
