"""Shared by the visible and hidden tests of conv2d: the checker for backward's (dx, dw, db) and
how a call is shown."""

from harness.authoring import CheckFailed, check_close, type_name

GRAD_NAMES = ("dx", "dw", "db")


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
