"""Wrong for the rules: hands the work to torch (F.conv2d, autograd and F.max_pool2d) instead of
writing it in numpy."""

import numpy as np
import torch
import torch.nn.functional as F


def conv2d_forward(x, w, b, stride=1, padding=0):
    out = F.conv2d(torch.from_numpy(x), torch.from_numpy(w), torch.from_numpy(b), stride=stride, padding=padding)
    return out.numpy()


def conv2d_backward(dout, x, w, stride=1, padding=0):
    tx, tw = torch.from_numpy(x.copy()).requires_grad_(True), torch.from_numpy(w.copy()).requires_grad_(True)
    F.conv2d(tx, tw, stride=stride, padding=padding).backward(torch.from_numpy(dout))
    return tx.grad.numpy(), tw.grad.numpy(), np.asarray(dout.sum(axis=(0, 2, 3)))


def max_pool2d(x, kernel, stride=None):
    return F.max_pool2d(torch.from_numpy(x), kernel, stride).numpy()
