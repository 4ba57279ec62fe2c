"""im2col with integer index arrays: gather every window into a (N, C*KH*KW, OH*OW) matrix, one
matrix product with the reshaped filters, and np.add.at to scatter the gradient back."""

import numpy as np


def _indices(c, kh, kw, oh, ow, stride):
    """Row, column and channel indices (C*KH*KW, OH*OW) of every window element in the padded image."""
    ch = np.repeat(np.arange(c), kh * kw)[:, None]
    du = np.tile(np.repeat(np.arange(kh), kw), c)[:, None]
    dv = np.tile(np.arange(kw), c * kh)[:, None]
    oi = np.repeat(np.arange(oh), ow)[None, :] * stride
    oj = np.tile(np.arange(ow), oh)[None, :] * stride
    return ch, du + oi, dv + oj


def _geometry(x, kh, kw, stride, padding):
    _, c, h, width = x.shape
    oh = (h + 2 * padding - kh) // stride + 1
    ow = (width + 2 * padding - kw) // stride + 1
    return c, oh, ow


def conv2d_forward(x, w, b, stride=1, padding=0):
    n = x.shape[0]
    f, _, kh, kw = w.shape
    c, oh, ow = _geometry(x, kh, kw, stride, padding)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    ch, rows, cols = _indices(c, kh, kw, oh, ow, stride)
    patches = xp[:, ch, rows, cols]                       # (N, C*KH*KW, OH*OW)
    out = w.reshape(f, -1) @ patches                       # (N, F, OH*OW)
    return out.reshape(n, f, oh, ow) + b.reshape(1, f, 1, 1)


def conv2d_backward(dout, x, w, stride=1, padding=0):
    n, _, h, width = x.shape
    f, _, kh, kw = w.shape
    c, oh, ow = _geometry(x, kh, kw, stride, padding)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    ch, rows, cols = _indices(c, kh, kw, oh, ow, stride)
    patches = xp[:, ch, rows, cols]
    g = dout.reshape(n, f, oh * ow)
    dw = np.einsum("nfp,nkp->fk", g, patches).reshape(w.shape)
    dpatches = w.reshape(f, -1).T @ g                      # (N, C*KH*KW, OH*OW)
    dxp = np.zeros(xp.shape)
    np.add.at(dxp, (slice(None), ch, rows, cols), dpatches)
    return dxp[:, :, padding:padding + h, padding:padding + width].copy(), dw, g.sum(axis=(0, 2))


def max_pool2d(x, kernel, stride=None):
    if stride is None:
        stride = kernel
    n, c, h, width = x.shape
    oh, ow = (h - kernel) // stride + 1, (width - kernel) // stride + 1
    _, rows, cols = _indices(1, kernel, kernel, oh, ow, stride)
    windows = x[:, :, rows, cols]                          # (N, C, K*K, OH*OW)
    return windows.max(axis=2).reshape(n, c, oh, ow)
