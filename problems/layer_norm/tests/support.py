"""Shared by the visible and hidden tests of layer_norm: the checker for backward's answer and the
finite-difference probe that runs next to your solution."""

from harness.authoring import CheckFailed, check_close, type_name

GRADS = ("dx", "dgamma", "dbeta")


def check_grads(got, want, *, call: str, rtol: float, atol: float) -> None:
    """got is a tuple (dx, dgamma, dbeta) of arrays matching want in kind, shape, dtype and value."""
    if type(got) is not tuple or len(got) != 3:
        size = f" of length {len(got)}" if isinstance(got, (tuple, list)) else ""
        raise CheckFailed(f"{call} returned a {type_name(got)}{size}; expected a tuple (dx, dgamma, dbeta) "
                          "of three numpy arrays")
    for name, g, w in zip(GRADS, got, want, strict=True):
        check_close(g, w, call=f"{name} from {call}", rtol=rtol, atol=atol)


def finite_differences(module, x, gamma, beta, dy, h):
    """Central differences of L = sum(layer_norm_forward(x, gamma, beta) * dy) for every entry of
    x, gamma and beta, on your own forward; returned with your backward for the same inputs."""
    import numpy as np

    def loss(x_, g_, b_):
        return float(np.sum(np.asarray(module.layer_norm_forward(x_, g_, b_), dtype=np.float64) * dy))

    numeric = []
    for which in range(3):
        arrays = [x.copy(), gamma.copy(), beta.copy()]
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
    return {"numeric": tuple(numeric), "analytic": module.layer_norm_backward(x.copy(), gamma.copy(), dy.copy())}
