"""Wrong: lets torch's autograd compute the backward pass this problem asks you to derive."""

import numpy as np
import torch


def forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.maximum(x @ W + b, 0.0)


def backward(x: np.ndarray, W: np.ndarray, b: np.ndarray,
             dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    tx, tw, tb = (torch.from_numpy(a.copy()).requires_grad_(True) for a in (x, W, b))
    torch.relu(tx @ tw + tb).backward(torch.from_numpy(dy))
    return tx.grad.numpy(), tw.grad.numpy(), tb.grad.numpy()
