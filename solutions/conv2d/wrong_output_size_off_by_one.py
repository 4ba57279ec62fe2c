"""Wrong: the output size taken as (H + 2*padding - KH + 1) // stride, the stride-1 size divided by
the stride. Right for stride 1 and for odd remainders, one row short when H + 2*padding - KH is an
even multiple of the stride."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _size(size, kernel, stride, padding):
    return (size + 2 * padding - kernel + 1) // stride


def _windows(x, kh, kw, stride, oh, ow):
    return sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :oh, :ow]


def _pad(x, padding):
    return np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))


def conv2d_forward(x, w, b, stride=1, padding=0):
    kh, kw = w.shape[2:]
    oh, ow = _size(x.shape[2], kh, stride, padding), _size(x.shape[3], kw, stride, padding)
    cols = _windows(_pad(x, padding), kh, kw, stride, oh, ow)
    return np.einsum("nchwij,fcij->nfhw", cols, w) + b[None, :, None, None]


def conv2d_backward(dout, x, w, stride=1, padding=0):
    h, width = x.shape[2:]
    kh, kw = w.shape[2:]
    oh, ow = dout.shape[2:]
    xp = _pad(x, padding)
    dw = np.einsum("nchwij,nfhw->fcij", _windows(xp, kh, kw, stride, oh, ow), dout)
    dxp = np.zeros_like(xp)
    for i in range(kh):
        for j in range(kw):
            dxp[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride] += np.einsum("fc,nfhw->nchw", w[:, :, i, j], dout)
    return dxp[:, :, padding:padding + h, padding:padding + width].copy(), dw, dout.sum(axis=(0, 2, 3))


def max_pool2d(x, kernel, stride=None):
    stride = kernel if stride is None else stride
    oh, ow = _size(x.shape[2], kernel, stride, 0), _size(x.shape[3], kernel, stride, 0)
    return _windows(x, kernel, kernel, stride, oh, ow).max(axis=(4, 5))
