"""Shared by the visible and hidden tests of batch_norm: the checker for a three-array answer and
the finite-difference probe that runs next to your solution."""

from harness.authoring import CheckFailed, check_close, type_name


def check_three(got, want, names, *, call: str, rtol: float, atol: float) -> None:
    """got is a tuple of three arrays matching want in kind, shape, dtype and value."""
    if type(got) is not tuple or len(got) != 3:
        size = f" of length {len(got)}" if isinstance(got, (tuple, list)) else ""
        raise CheckFailed(f"{call} returned a {type_name(got)}{size}; expected a tuple ({', '.join(names)}) "
                          "of three numpy arrays")
    for name, g, w in zip(names, got, want, strict=True):
        check_close(g, w, call=f"{name} from {call}", rtol=rtol, atol=atol)


def finite_differences(module, x, gamma, beta, dy, h):
    """Central differences of L = sum(y * dy), y from your training-mode batch_norm_forward, for
    every entry of x, gamma and beta; returned with your batch_norm_backward for the same inputs."""
    import numpy as np

    rm, rv = np.zeros(x.shape[1]), np.ones(x.shape[1])

    def loss(x_, g_, b_):
        y = module.batch_norm_forward(x_, g_, b_, rm.copy(), rv.copy(), True)[0]
        return float(np.sum(np.asarray(y, dtype=np.float64) * dy))

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
    return {"numeric": tuple(numeric), "analytic": module.batch_norm_backward(x.copy(), gamma.copy(), dy.copy())}
