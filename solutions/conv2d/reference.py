"""2-D convolution (cross-correlation, NCHW) and max pooling in numpy, by im2col with
sliding_window_view; the backward pass reuses the same window view."""

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _output_size(size: int, kernel: int, stride: int, padding: int) -> int:
    return (size + 2 * padding - kernel) // stride + 1


def _windows(x: np.ndarray, kh: int, kw: int, stride: int) -> np.ndarray:
    """(N, C, OH, OW, KH, KW) view of the windows of an already padded x."""
    return sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]


def conv2d_forward(x: np.ndarray, w: np.ndarray, b: np.ndarray, stride: int = 1, padding: int = 0) -> np.ndarray:
    kh, kw = w.shape[2:]
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = _windows(padded, kh, kw, stride)
    out = np.einsum("nchwij,fcij->nfhw", cols, w, optimize=True)
    return out + b[None, :, None, None]


def conv2d_backward(dout: np.ndarray, x: np.ndarray, w: np.ndarray, stride: int = 1,
                    padding: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n, c, h, width = x.shape
    kh, kw = w.shape[2:]
    oh, ow = dout.shape[2:]
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = _windows(padded, kh, kw, stride)
    dw = np.einsum("nchwij,nfhw->fcij", cols, dout, optimize=True)
    db = dout.sum(axis=(0, 2, 3))
    # Each output pixel sends w * dout back to the window it read: scatter-add per kernel offset.
    dpadded = np.zeros_like(padded)
    for i in range(kh):
        for j in range(kw):
            dpadded[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride] += np.einsum(
                "fc,nfhw->nchw", w[:, :, i, j], dout)
    dx = dpadded[:, :, padding:padding + h, padding:padding + width]
    return dx.copy(), dw, db


def max_pool2d(x: np.ndarray, kernel: int, stride: int | None = None) -> np.ndarray:
    stride = kernel if stride is None else stride
    return _windows(x, kernel, kernel, stride).max(axis=(4, 5))
