"""Hidden tests for sigmoid and log_sigmoid: a 50-digit decimal oracle on generated inputs of many
shapes, the tails (|x| up to 1e4, subnormal results, tiny log-probabilities), no floating-point
overflow or invalid operations, symmetry, dtype and shape, 0-d and empty arrays, untouched inputs."""

import numpy as np
import pytest

from harness.authoring import check
from support import check_values, oracle

NAMES = ["sigmoid", "log_sigmoid"]
SHAPES = [(7,), (3, 4), (2, 3, 4), (1,)]
TAILS = np.array([-1e4, -1000.0, -745.5, -740.0, -709.0, -708.0, -100.0, -40.0, -36.0, -20.0,
                  -1e-20, -0.0, 0.0, 1e-300, 1e-20, 20.0, 36.0, 40.0, 100.0, 708.0, 709.0, 740.0,
                  745.5, 1000.0, 1e4])


def describe(name, x):
    return f"{name}(x of shape {x.shape}, float64, values in [{x.min():.3g}, {x.max():.3g}])" if x.size \
        else f"{name}(x of shape {x.shape})"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("shape", SHAPES, ids=[str(s) for s in SHAPES])
def test_random_values(solution, np_rng, tol, name, shape):
    """Random float64 inputs of several shapes: same shape and dtype back, accurate to 1e-12."""
    x = np_rng.normal(0.0, 4.0, size=shape)
    check_values(getattr(solution, name)(x.copy()), oracle(name, x), call=describe(name, x), **tol)


@pytest.mark.parametrize("name", NAMES)
def test_dense_grid(solution, tol, name):
    """Every value on a grid from -50 to 50 (step 0.05), including exactly 0."""
    x = np.linspace(-50.0, 50.0, 2001)
    check_values(getattr(solution, name)(x.copy()), oracle(name, x), call=describe(name, x), **tol)


@pytest.mark.edge
@pytest.mark.parametrize("name", NAMES)
def test_tails(solution, tol, name):
    """|x| up to 1e4: finite and accurate, down to subnormal sigmoids and log-probabilities of 1e-300."""
    check_values(getattr(solution, name)(TAILS.copy()), oracle(name, TAILS),
                 call=f"{name}(array([-1e4, -1000, -745.5, -740, -709, ..., 709, 740, 745.5, 1000, 1e4]))", **tol)


def _floating_point_errors(module, x):
    import numpy as np

    errors = []
    for name in ("sigmoid", "log_sigmoid"):
        with np.errstate(over="raise", divide="raise", invalid="raise", under="ignore"):
            try:
                getattr(module, name)(x.copy())
            except FloatingPointError as exc:
                errors.append(f"{name}: {exc}")
    return errors


@pytest.mark.edge
def test_no_overflow_or_invalid_operation(worker):
    """No step overflows, divides by zero or makes a nan, even on branches np.where throws away."""
    errors = worker.probe(_floating_point_errors, TAILS.copy(), label="sigmoid / log_sigmoid on |x| up to 1e4")
    check(not errors, lambda: (
        "under np.errstate(over='raise', divide='raise', invalid='raise'): " + "; ".join(errors)
        + ". np.where evaluates both branches, so every expression must be safe for every x: "
        "exponentiate only -|x|"))


@pytest.mark.edge
def test_symmetry(solution, np_rng):
    """sigmoid(-x) equals 1 - sigmoid(x) to within 1e-15."""
    x = np.concatenate([np_rng.normal(0.0, 10.0, size=50), TAILS])
    left, right = solution.sigmoid(-x), solution.sigmoid(x.copy())
    check_values(left, 1.0 - right, call="sigmoid(-x) against 1 - sigmoid(x)", rtol=0.0, atol=1e-15)


@pytest.mark.edge
@pytest.mark.parametrize("name", NAMES)
def test_zero_dimensional_array(solution, tol, name):
    """A 0-d array gives a 0-d array (or a numpy float64 scalar) with the right value."""
    for value in (-3.5, 0.0, 800.0):
        x = np.array(value)
        check_values(getattr(solution, name)(x.copy()), oracle(name, x), call=f"{name}(np.array({value}))", **tol)


@pytest.mark.edge
@pytest.mark.parametrize("name", NAMES)
def test_empty_array(solution, tol, name):
    """An empty array gives an empty float64 array of the same shape."""
    x = np.zeros((0, 3))
    check_values(getattr(solution, name)(x.copy()), np.zeros((0, 3)), call=f"{name}(np.zeros((0, 3)))", **tol)


def _modifies_input(module, x):
    import numpy as np

    before = x.copy()
    module.sigmoid(x)
    module.log_sigmoid(x)
    return not np.array_equal(x, before)


@pytest.mark.edge
def test_does_not_modify_input(worker, np_rng):
    """sigmoid and log_sigmoid leave their input array as it was."""
    x = np_rng.normal(0.0, 5.0, size=(4, 5))
    modified = worker.probe(_modifies_input, x, label="sigmoid(x) / log_sigmoid(x)")
    check(not modified, "sigmoid(x) or log_sigmoid(x) modified x in place; compute into new arrays")
