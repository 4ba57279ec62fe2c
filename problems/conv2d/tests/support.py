"""Shared by the visible and hidden tests of conv2d: float64 references from the definition
(trusted side) and the checker for backward's (dx, dw, db)."""

from harness.authoring import CheckFailed, check_close, type_name

GRAD_NAMES = ("dx", "dw", "db")


def _pad(x, padding):
    import numpy as np

    return np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))


def oracle_conv(x, w, b, stride, padding, dout=None):
    """(out, (dx, dw, db) or None) straight from the definition, one kernel offset (u, v) at a
    time: offset (u, v) of every window reads xp[:, :, u + stride*i, v + stride*j]."""
    import numpy as np

    n, c, h, width = x.shape
    f, _, kh, kw = w.shape
    xp = _pad(x, padding)
    oh, ow = (h + 2 * padding - kh) // stride + 1, (width + 2 * padding - kw) // stride + 1
    out = np.zeros((n, f, oh, ow)) + b[None, :, None, None]
    reads = {(u, v): (slice(None), slice(None), slice(u, u + stride * (oh - 1) + 1, stride),
                      slice(v, v + stride * (ow - 1) + 1, stride)) for u in range(kh) for v in range(kw)}
    for (u, v), where in reads.items():
        out += np.einsum("nchw,fc->nfhw", xp[where], w[:, :, u, v])
    if dout is None:
        return out, None
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for (u, v), where in reads.items():
        dxp[where] += np.einsum("nfhw,fc->nchw", dout, w[:, :, u, v])
        dw[:, :, u, v] = np.einsum("nfhw,nchw->fc", dout, xp[where])
    return out, (dxp[:, :, padding:padding + h, padding:padding + width], dw, dout.sum(axis=(0, 2, 3)))


def oracle_pool(x, kernel, stride):
    """The maximum over each window, one kernel offset at a time."""
    import numpy as np

    oh, ow = (x.shape[2] - kernel) // stride + 1, (x.shape[3] - kernel) // stride + 1
    best = np.full((*x.shape[:2], oh, ow), -np.inf)
    for u in range(kernel):
        for v in range(kernel):
            best = np.maximum(best, x[:, :, u:u + stride * (oh - 1) + 1:stride, v:v + stride * (ow - 1) + 1:stride])
    return best


def check_grads(got, want, *, call: str, rtol: float, atol: float) -> None:
    """got is a tuple of three float64 arrays matching want = (dx, dw, db)."""
    if type(got) is not tuple or len(got) != 3:
        size = f" of length {len(got)}" if isinstance(got, (tuple, list)) else ""
        raise CheckFailed(f"{call} returned a {type_name(got)}{size}; expected a tuple (dx, dw, db) of "
                          "three numpy arrays")
    for name, g, w in zip(GRAD_NAMES, got, want, strict=True):
        check_close(g, w, call=f"{name} from {call}", rtol=rtol, atol=atol)


def conv_call(x, w, stride, padding, name="conv2d_forward") -> str:
    return f"{name}(x {x.shape}, w {w.shape}, stride={stride}, padding={padding})"
