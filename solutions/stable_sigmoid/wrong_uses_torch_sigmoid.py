"""Wrong: borrows torch's sigmoid and logsigmoid, the functions this problem asks you to write."""

import numpy as np
import torch


def sigmoid(x: np.ndarray) -> np.ndarray:
    return torch.sigmoid(torch.from_numpy(np.asarray(x))).numpy()


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return torch.nn.functional.logsigmoid(torch.from_numpy(np.asarray(x))).numpy()
