"""Convolution by a loop over kernel offsets: each offset contributes a strided slice times one filter column."""

import numpy as np


def _out_size(h, w, kh, kw, stride, padding):
    return (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1


def conv2d_forward(x, w, b, stride=1, padding=0):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    oh, ow = _out_size(h, wd, kh, kw, stride, padding)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, f, oh, ow))
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + stride * (oh - 1) + 1:stride, v:v + stride * (ow - 1) + 1:stride]
            out += np.tensordot(patch, w[:, :, u, v], axes=([1], [1])).transpose(0, 3, 1, 2)
    out += b.reshape(1, f, 1, 1)
    return out


def conv2d_backward(dout, x, w, stride=1, padding=0):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    oh, ow = dout.shape[2], dout.shape[3]
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp = np.zeros_like(xp, dtype=np.float64)
    dw = np.zeros(w.shape)
    for u in range(kh):
        for v in range(kw):
            rows = slice(u, u + stride * (oh - 1) + 1, stride)
            cols = slice(v, v + stride * (ow - 1) + 1, stride)
            patch = xp[:, :, rows, cols]                      # (n, c, oh, ow)
            dw[:, :, u, v] = np.tensordot(dout, patch, axes=([0, 2, 3], [0, 2, 3]))
            dxp[:, :, rows, cols] += np.tensordot(dout, w[:, :, u, v], axes=([1], [0])).transpose(0, 3, 1, 2)
    db = dout.sum(axis=(0, 2, 3))
    dx = dxp[:, :, padding:padding + h, padding:padding + wd].copy()
    return dx, dw, db


def max_pool2d(x, kernel, stride=None):
    s = kernel if stride is None else stride
    n, c, h, wd = x.shape
    oh, ow = (h - kernel) // s + 1, (wd - kernel) // s + 1
    out = np.full((n, c, oh, ow), -np.inf)
    for u in range(kernel):
        for v in range(kernel):
            out = np.maximum(out, x[:, :, u:u + s * (oh - 1) + 1:s, v:v + s * (ow - 1) + 1:s])
    return out
