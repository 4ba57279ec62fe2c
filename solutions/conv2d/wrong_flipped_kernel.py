"""Wrong: a true convolution (the kernel flipped in both directions, as in a signals textbook)
where the layer, like PyTorch's conv2d, computes a cross-correlation."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _windows(x, kh, kw, stride):
    return sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]


def _pad(x, padding):
    return np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))


def conv2d_forward(x, w, b, stride=1, padding=0):
    flipped = w[:, :, ::-1, ::-1]
    cols = _windows(_pad(x, padding), *w.shape[2:], stride)
    return np.einsum("nchwij,fcij->nfhw", cols, flipped) + b[None, :, None, None]


def conv2d_backward(dout, x, w, stride=1, padding=0):
    h, width = x.shape[2:]
    kh, kw = w.shape[2:]
    oh, ow = dout.shape[2:]
    xp = _pad(x, padding)
    flipped = w[:, :, ::-1, ::-1]
    dw = np.einsum("nchwij,nfhw->fcij", _windows(xp, kh, kw, stride), dout)[:, :, ::-1, ::-1]
    dxp = np.zeros_like(xp)
    for i in range(kh):
        for j in range(kw):
            dxp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride] += np.einsum(
                "fc,nfhw->nchw", flipped[:, :, i, j], dout)
    return dxp[:, :, padding:padding + h, padding:padding + width].copy(), dw.copy(), dout.sum(axis=(0, 2, 3))


def max_pool2d(x, kernel, stride=None):
    stride = kernel if stride is None else stride
    return _windows(x, kernel, kernel, stride).max(axis=(4, 5))
