"""Numeric checks for ML and statistics tests: compare values, not printed text.

Every check raises harness.trusted.checks.CheckFailed with a line that teaches: which call, what kind of
value came back, the largest error and where it is, and the tolerance in force. Arrays and tensors
must come back as the kind, shape and dtype the prompt states; scalars may be any real number type
(a numpy float64 is a float). numpy and torch are imported lazily, so coding problems never pay
for them.
"""

from __future__ import annotations

import math
import sys

from harness.protocol import settings
from harness.protocol.settings import DEFAULT_ATOL, DEFAULT_RTOL
from harness.trusted.checks import CheckFailed


def tolerance() -> dict[str, float]:
    """The problem's tolerance (problem.toml [tolerance]) as keyword arguments for check_close;
    the defaults outside a grading."""
    current = settings.current()
    if current is None:
        return {"rtol": DEFAULT_RTOL, "atol": DEFAULT_ATOL}
    return {"rtol": current.rtol, "atol": current.atol}


def _kind(value) -> str:
    # A value of numpy's or torch's types can exist here only once that library is imported, so
    # look the library up instead of importing it (numeric checks stay cheap for plain values).
    torch, np = sys.modules.get("torch"), sys.modules.get("numpy")
    if torch is not None and isinstance(value, torch.Tensor):
        return "tensor"
    if np is not None and isinstance(value, np.ndarray):
        return "ndarray"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)) or np is not None and isinstance(value, np.generic):
        return "scalar"
    return type(value).__name__


_KIND_WORDS = {"tensor": "a torch tensor", "ndarray": "a numpy array", "scalar": "a number",
               "bool": "a bool"}


def _words(kind: str) -> str:
    return _KIND_WORDS.get(kind, f"a {kind}")


def to_numpy(value):
    """A float64/int numpy view of a tensor, array or number (detached, on the CPU)."""
    import numpy as np

    if _kind(value) == "tensor":
        value = value.detach().cpu()
        if value.dtype.is_floating_point and value.dtype != _torch().float64:
            value = value.double()
        return value.numpy()
    return np.asarray(value)


def _torch():
    import torch

    return torch


def _dtype_name(value) -> str:
    return str(value.dtype).replace("torch.", "")


def check_kind(got, want, *, call: str, dtype: bool = True) -> None:
    """got is the same kind of value as want (tensor / array / number) with its shape and dtype."""
    gk, wk = _kind(got), _kind(want)
    if gk != wk:
        hint = ""
        if wk == "scalar" and gk in ("tensor", "ndarray"):
            hint = " (convert with float(...) or .item())"
        raise CheckFailed(f"{call} returned {_words(gk)}; expected {_words(wk)}{hint}")
    if gk in ("tensor", "ndarray"):
        if tuple(got.shape) != tuple(want.shape):
            raise CheckFailed(f"{call} returned shape {tuple(got.shape)}; expected shape {tuple(want.shape)}")
        if dtype and _dtype_name(got) != _dtype_name(want):
            raise CheckFailed(f"{call} returned dtype {_dtype_name(got)}; expected {_dtype_name(want)}")


def check_close(got, want, *, call: str, rtol: float | None = None, atol: float | None = None,
                dtype: bool = True, nan_ok: bool = False) -> float:
    """Fail unless got matches want elementwise within |got - want| <= atol + rtol * |want|.

    Returns the largest absolute error (useful in notes). Non-finite values must match exactly
    (an inf where the answer is finite is reported as such); NaN is accepted only with nan_ok.
    """
    import numpy as np

    tol = tolerance()
    rtol = tol["rtol"] if rtol is None else rtol
    atol = tol["atol"] if atol is None else atol
    check_kind(got, want, call=call, dtype=dtype)
    g = to_numpy(got).astype(np.float64) if _kind(got) != "bool" else np.asarray(float(got))
    w = to_numpy(want).astype(np.float64) if _kind(want) != "bool" else np.asarray(float(want))
    if g.size == 0:
        return 0.0
    g_nan, w_nan = np.isnan(g), np.isnan(w)
    mismatch = (g_nan != w_nan) if nan_ok else (g_nan | w_nan)
    if mismatch.any():
        idx = tuple(np.argwhere(mismatch)[0]) if g.ndim else ()
        raise CheckFailed(f"{call} returned {_num(g[idx])}{_where(idx, g.shape)}; expected {_num(w[idx])}")
    finite_w = np.isfinite(w) | w_nan
    inf_mismatch = (~np.isfinite(g) & ~g_nan & finite_w) | (~np.isfinite(w) & ~w_nan & (g != w))
    if inf_mismatch.any():
        idx = tuple(np.argwhere(inf_mismatch)[0]) if g.ndim else ()
        hint = " (an overflow? keep intermediate values finite)" if np.isfinite(w[idx]) else ""
        raise CheckFailed(f"{call} returned {_num(g[idx])}{_where(idx, g.shape)}; expected {_num(w[idx])}{hint}")
    mask = np.isfinite(w)
    err = np.zeros_like(g)
    err[mask] = np.abs(g[mask] - w[mask])
    allowed = atol + rtol * np.abs(np.where(mask, w, 0.0))
    over = err > allowed
    max_err = float(err.max()) if err.size else 0.0
    if over.any():
        idx = tuple(np.unravel_index(int(np.argmax(err - allowed)), g.shape)) if g.ndim else ()
        raise CheckFailed(f"{call} is off by up to {max_err:.3g}{_where(idx, g.shape)}: got {_num(g[idx])}, "
                          f"expected {_num(w[idx])} (tolerance rtol={rtol:g}, atol={atol:g})")
    return max_err


def _where(idx, shape) -> str:
    if not shape:
        return ""
    idx = tuple(int(i) for i in idx)
    return f" at index {idx[0] if len(idx) == 1 else idx}"


def _num(x) -> str:
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        return str(x)
    return f"{x:.10g}"


def check_finite(got, *, call: str) -> None:
    """Every entry of a tensor / array / number is finite (no nan, no inf)."""
    import numpy as np

    a = to_numpy(got).astype(np.float64)
    bad = ~np.isfinite(a)
    if bad.any():
        idx = tuple(np.argwhere(bad)[0]) if a.ndim else ()
        raise CheckFailed(f"{call} returned {_num(a[idx])}{_where(idx, a.shape)}: the result must stay "
                          "finite (an overflow or a diverging computation?)")


def projector(components):
    """The orthogonal projector onto the row space of `components` (k x d): sign- and
    rotation-free, so two PCA answers that differ only by signs compare equal."""
    import numpy as np

    c = to_numpy(components).astype(np.float64)
    q, _ = np.linalg.qr(c.T)
    return q @ q.T


def check_gradients(worker, entry: str, args: list, *, want_grads: list, wrt: tuple[int, ...] = (0,),
                    kwargs: dict | None = None, cotangent=None, call: str,
                    rtol: float | None = None, atol: float | None = None) -> None:
    """The submission's autograd gradients match `want_grads` (float64 references).

    Runs harness.worker.probes.value_and_grad in the worker: args at positions `wrt` become float64
    leaves that require grad, the output is reduced by `cotangent` (a tensor of the output's shape;
    default: sum) and backpropagated. A detached output, a gradient that never reaches an input or
    a wrong one are each reported in words.
    """
    from harness.worker import probes

    reply = worker.probe(probes.value_and_grad, entry, list(args), dict(kwargs or {}), list(wrt), cotangent,
                         label=call)
    if reply.get("error"):
        raise CheckFailed(f"{call}: {reply['error']}")
    for position, got, want in zip(wrt, reply["grads"], want_grads, strict=False):
        check_close(got, want, call=f"the gradient of {call} with respect to argument {position + 1}",
                    rtol=rtol, atol=atol)


def check_gradcheck(worker, entry: str, args: list, *, wrt: tuple[int, ...] = (0,),
                    kwargs: dict | None = None, call: str) -> None:
    """torch.autograd.gradcheck in float64 on the submission, inside the worker: its autograd
    gradient agrees with finite differences of its own forward (catches hand-written backward
    passes and graphs broken by .detach(), .item() or numpy round trips)."""
    from harness.worker import probes

    reply = worker.probe(probes.gradcheck, entry, list(args), dict(kwargs or {}), list(wrt), label=call)
    if not reply["ok"]:
        raise CheckFailed(f"{call}: gradient check failed: {reply['message']}")
