"""Shared by the visible and hidden tests: the checker for backward's (dx, dW, db) answer and the
finite-difference probe that runs next to your solution."""

from harness.authoring import CheckFailed, check_close, type_name

GRAD_NAMES = ("dx", "dW", "db")


def check_grads(got, want, *, call: str, rtol: float, atol: float) -> None:
    """got is a tuple of three arrays matching want = (dx, dW, db) in shape, dtype and value."""
    if type(got) is not tuple or len(got) != 3:
        size = f" of length {len(got)}" if isinstance(got, (tuple, list)) else ""
        raise CheckFailed(f"{call} returned a {type_name(got)}{size}; expected a tuple (dx, dW, db) of "
                          "three numpy arrays")
    for name, g, w in zip(GRAD_NAMES, got, want):
        check_close(g, w, call=f"{name} from {call}", rtol=rtol, atol=atol)


def finite_differences(module, x, W, b, dy, h):
    """Central differences of L = sum(forward(x, W, b) * dy) for every entry of x, W and b, on the
    solution's own forward; returned with backward's answer for the same inputs."""
    import numpy as np

    def loss(x_, w_, b_):
        return float(np.sum(np.asarray(module.forward(x_, w_, b_), dtype=np.float64) * dy))

    numeric = []
    for which in range(3):
        arrays = [x.copy(), W.copy(), b.copy()]
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
    return {"numeric": tuple(numeric), "analytic": module.backward(x.copy(), W.copy(), b.copy(), dy.copy())}


def describe(x, W, b, dy) -> str:
    return f"backward(x {x.shape}, W {W.shape}, b {b.shape}, dy {dy.shape})"
