"""Stable sigmoid and log-sigmoid computed in torch float64 from exp(-|x|), returned as numpy."""

import numpy as np
import torch


def sigmoid(x: np.ndarray) -> np.ndarray:
    t = torch.from_numpy(np.array(x, dtype=np.float64))
    e = torch.exp(-t.abs())  # in (0, 1]: never overflows
    out = torch.where(t >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return out.numpy().copy()


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    t = torch.from_numpy(np.array(x, dtype=np.float64))
    out = t.clamp(max=0.0) - torch.log1p(torch.exp(-t.abs()))
    return out.numpy().copy()
