"""Hidden tests for conv2d: forward, backward and max pooling against float64 references over
strides, paddings, rectangular kernels and uneven sizes; backward against finite differences of
the solution's own forward; defaults; untouched inputs; and a CPU-time check against pixel loops."""

import numpy as np
import pytest
from support import check_grads, conv_call

from harness.authoring import check, check_close, check_cpu_within, fact


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


# (N, C, H, W, F, KH, KW, stride, padding)
CONFIGS = {
    "basic-3x3": (2, 3, 6, 6, 4, 3, 3, 1, 0),
    "stride2-pad1-uneven": (2, 2, 7, 6, 3, 3, 2, 2, 1),  # OH = 4, OW = 3: (H + 2p - KH) is even
    "stride3-leftover": (1, 2, 9, 8, 2, 2, 3, 3, 0),  # rows 8 and column 7 are read by no window
    "pad2-rect-image": (3, 1, 5, 8, 2, 3, 3, 1, 2),
    "one-by-one-kernel": (2, 4, 5, 5, 3, 1, 1, 2, 0),
    "kernel-covers-all": (2, 2, 4, 3, 5, 6, 5, 1, 1),  # 1 x 1 output
    "all-ones": (1, 1, 3, 3, 1, 2, 2, 1, 0),  # N = C = F = 1
}


def make(np_rng, n, c, h, width, f, kh, kw, stride, padding):
    x = np_rng.normal(size=(n, c, h, width))
    w = np_rng.normal(size=(f, c, kh, kw))
    b = np_rng.normal(size=f)
    oh, ow = (h + 2 * padding - kh) // stride + 1, (width + 2 * padding - kw) // stride + 1
    return x, w, b, np_rng.normal(size=(n, f, oh, ow))


@pytest.mark.parametrize("name", list(CONFIGS))
def test_forward_matches_reference(solution, np_rng, tol, name):
    """conv2d_forward equals the cross-correlation of the prompt in value, shape (N, F, OH, OW) and dtype."""
    *shape, stride, padding = CONFIGS[name]
    x, w, b, _ = make(np_rng, *shape, stride, padding)
    want, _ = oracle_conv(x, w, b, stride, padding)
    check_close(solution.conv2d_forward(x, w, b, stride, padding), want, call=conv_call(x, w, stride, padding), **tol)


@pytest.mark.parametrize("name", ["basic-3x3", "stride2-pad1-uneven", "stride3-leftover", "kernel-covers-all"])
def test_backward_matches_reference(solution, np_rng, tol, name):
    """(dx, dw, db) equal the reference gradients for the same dout; unread pixels get 0."""
    *shape, stride, padding = CONFIGS[name]
    x, w, b, dout = make(np_rng, *shape, stride, padding)
    _, want = oracle_conv(x, w, b, stride, padding, dout)
    got = solution.conv2d_backward(dout, x, w, stride, padding)
    check_grads(got, want, call=conv_call(x, w, stride, padding, "conv2d_backward"), **tol)


def _finite_differences(module, x, w, b, dout, stride, padding, h):
    """Central differences of L = sum(conv2d_forward(x, w, b) * dout) for every entry of x, w and b,
    on the solution's own forward, with its backward for the same inputs."""
    import numpy as np

    def loss(x_, w_, b_):
        return float(np.sum(np.asarray(module.conv2d_forward(x_, w_, b_, stride, padding)) * dout))

    numeric = []
    for which in range(3):
        arrays = [x.copy(), w.copy(), b.copy()]
        target = arrays[which]
        grad = np.zeros_like(target)
        for idx in np.ndindex(target.shape):
            old = target[idx]
            target[idx] = old + h
            up = loss(*arrays)
            target[idx] = old - h
            down = loss(*arrays)
            target[idx] = old
            grad[idx] = (up - down) / (2 * h)
        numeric.append(grad)
    return {"numeric": tuple(numeric),
            "analytic": module.conv2d_backward(dout.copy(), x.copy(), w.copy(), stride, padding)}


def test_backward_matches_finite_differences(worker, np_rng):
    """Your backward agrees with central differences of sum(conv2d_forward(...) * dout) on your forward."""
    x, w, b, dout = make(np_rng, 2, 2, 5, 4, 2, 3, 2, 2, 1)
    call = conv_call(x, w, 2, 1, "conv2d_backward")
    reply = worker.probe(_finite_differences, x, w, b, dout, 2, 1, 1e-6, label=f"finite differences around {call}")
    check_grads(reply["analytic"], reply["numeric"], call=f"{call} (against finite differences)",
                rtol=1e-6, atol=1e-7)


POOLS = {  # (N, C, H, W, kernel, stride)
    "2x2-non-overlapping": (2, 3, 6, 8, 2, 2),
    "3x3-overlapping": (1, 2, 7, 7, 3, 1),
    "uneven-leftover": (2, 1, 7, 9, 2, 2),
    "stride-beyond-kernel": (1, 2, 9, 9, 2, 3),
    "whole-image": (3, 2, 4, 4, 4, 4),
}


@pytest.mark.parametrize("name", list(POOLS))
def test_max_pool_matches_reference(solution, np_rng, tol, name):
    """max_pool2d equals the reference max pooling (no padding, windows that do not fit are dropped)."""
    n, c, h, width, kernel, stride = POOLS[name]
    x = np_rng.normal(size=(n, c, h, width))
    check_close(solution.max_pool2d(x, kernel, stride), oracle_pool(x, kernel, stride),
                call=f"max_pool2d(x {x.shape}, kernel={kernel}, stride={stride})", **tol)


@pytest.mark.edge
def test_max_pool_negative_values(solution, np_rng, tol):
    """All values negative: the maximum of a window is negative, not 0."""
    x = -np.abs(np_rng.normal(size=(2, 2, 6, 6))) - 1.0
    check_close(solution.max_pool2d(x, 3, 3), oracle_pool(x, 3, 3), call=f"max_pool2d(x {x.shape} all < 0, 3, 3)", **tol)


@pytest.mark.edge
def test_documented_defaults(solution, np_rng, tol):
    """Called without them: stride 1 and padding 0 for the convolution, stride = kernel for pooling."""
    x, w, b, dout = make(np_rng, 2, 2, 6, 6, 3, 3, 3, 1, 0)
    want, grads = oracle_conv(x, w, b, 1, 0, dout)
    check_close(solution.conv2d_forward(x, w, b), want, call="conv2d_forward(x, w, b)", **tol)
    check_grads(solution.conv2d_backward(dout, x, w), grads, call="conv2d_backward(dout, x, w)", **tol)
    check_close(solution.max_pool2d(x, 3), oracle_pool(x, 3, 3), call="max_pool2d(x (2, 2, 6, 6), 3)", **tol)


def _inputs_untouched(module, x, w, b, dout):
    import numpy as np

    copies = [a.copy() for a in (x, w, b, dout)]
    out = module.conv2d_forward(x, w, b, 2, 1)
    grads = module.conv2d_backward(dout, x, w, 2, 1)
    pooled = module.max_pool2d(x, 2)
    changed = [not np.array_equal(a, c) for a, c in zip((x, w, b, dout), copies, strict=True)]
    shares = [bool(np.shares_memory(r, a)) for r in (out, pooled, *grads) for a in (x, w, b, dout)]
    return {"changed": changed, "shares": any(shares)}


@pytest.mark.edge
def test_inputs_not_modified(worker, np_rng):
    """x, w, b and dout are left as they were, and no result is a view of an input."""
    x, w, b, dout = make(np_rng, 2, 2, 6, 6, 3, 3, 3, 2, 1)
    got = worker.probe(_inputs_untouched, x, w, b, dout, label="conv2d_forward / conv2d_backward / max_pool2d")
    names = [name for name, flag in zip(("x", "w", "b", "dout"), got["changed"], strict=True) if flag]
    check(not names, lambda: f"conv2d_forward, conv2d_backward or max_pool2d modified {', '.join(names)} in place")
    check(not got["shares"], "a result shares memory with an input; return new arrays")


# The speed test compares CPU times on the machine that grades: the submission's two calls (the
# worker's CPU clock, read from this process) against loops over images and output pixels with
# numpy in the loop body, run here on a few images and scaled up. Measured on a 2-core machine
# under load: the loops 0.55 s for 32 images, the reference 0.02-0.03 s, a loop over the 9 kernel
# offsets 0.03 s. Over 20 seeds on an idle machine (benchmarks/bench_margins.py) the correct
# styles used 1/6.2 to 1/15 of the loops' time, the pixel loops 0.76 to 1.1 times it: the limit
# (a third of the loops) leaves every correct style at least 2x below it and the pixel loops at
# least 2.7x above it.
BASELINE_IMAGES = 4


def pixel_loop_seconds(x, w, b, stride, padding):
    """CPU seconds that forward and backward with loops over images and output pixels take for all
    of x, from the first BASELINE_IMAGES images."""
    import time

    xs = x[:BASELINE_IMAGES]
    n, c, h, width = xs.shape
    f, _, kh, kw = w.shape
    start = time.thread_time()
    xp = np.pad(xs, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    oh, ow = (h + 2 * padding - kh) // stride + 1, (width + 2 * padding - kw) // stride + 1
    out = np.zeros((n, f, oh, ow))
    for img in range(n):
        for i in range(oh):
            for j in range(ow):
                patch = xp[img, :, i * stride:i * stride + kh, j * stride:j * stride + kw]
                out[img, :, i, j] = np.sum(w * patch, axis=(1, 2, 3)) + b
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for img in range(n):
        for i in range(oh):
            for j in range(ow):
                rows, cols = slice(i * stride, i * stride + kh), slice(j * stride, j * stride + kw)
                g = out[img, :, i, j]
                dw += g[:, None, None, None] * xp[img, :, rows, cols]
                dxp[img, :, rows, cols] += np.tensordot(g, w, axes=(0, 0))
    return (time.thread_time() - start) * len(x) / n


@pytest.mark.complexity
def test_vectorised_speed(worker, solution, np_rng, tol):
    """Forward then backward on 32 images of 3 x 32 x 32 with 8 filters of 3 x 3 use at most a third
    of the CPU time of loops over output pixels on this machine (vectorise)."""
    n, c, size = fact("speed_batch"), fact("speed_channels"), fact("speed_size")
    f, k, ratio = fact("speed_filters"), fact("speed_kernel"), fact("speed_ratio")
    x, w, b, dout = make(np_rng, n, c, size, size, f, k, k, 1, 1)
    call = f"conv2d_forward then conv2d_backward on x {x.shape}, w {w.shape}, stride=1, padding=1"
    before = worker.worker_cpu_seconds()
    out = solution.conv2d_forward(x, w, b, 1, 1)
    grads = solution.conv2d_backward(dout, x, w, 1, 1)
    after = worker.worker_cpu_seconds()
    want, want_grads = oracle_conv(x, w, b, 1, 1, dout)
    check_close(out, want, call=call, **tol)
    check_grads(grads, want_grads, call=call, **tol)
    if before is not None and after is not None:
        spent, loops = after - before, pixel_loop_seconds(x, w, b, 1, 1)
        check_cpu_within(spent, loops / ratio, (
            f"{call} used {spent:.3f} s of CPU; loops over images and output pixels take about {loops:.3f} s "
            f"on this machine, and the limit is 1/{ratio} of that ({loops / ratio:.3f} s). Vectorise: build "
            "all windows at once (sliding_window_view) and contract them with the filters in one einsum; "
            "loop at most over the KH*KW kernel offsets"))
