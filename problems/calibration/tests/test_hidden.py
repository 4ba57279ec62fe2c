"""Hidden tests for calibration: ECE against a plain-loop oracle (default and other bin counts,
confidences on bin edges, a single occupied bin, argmax ties), temperature applied to logits
(also huge ones), the fitted temperature against an independent 1-D minimisation of the NLL,
and untouched inputs."""

import numpy as np
import pytest

from harness.authoring import check, check_close, check_kind, fact


def oracle_ece(probs, labels, n_bins):
    totals = [[0, 0.0, 0.0] for _ in range(n_bins)]  # count, correct, confidence
    for row, label in zip(probs.tolist(), labels.tolist(), strict=True):
        conf = max(row)
        pred = row.index(conf)
        k = next(k for k in range(n_bins) if k / n_bins < conf <= (k + 1) / n_bins)
        totals[k][0] += 1
        totals[k][1] += float(pred == label)
        totals[k][2] += conf
    n = len(labels)
    return sum(c / n * abs(right / c - conf / c) for c, right, conf in totals if c)


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def nll(logits, labels, T):
    z = logits / T
    z = z - z.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(labels)), labels]))


def oracle_temperature(logits, labels):
    """Golden-section search on log T over [log 0.05, log 20], to a relative 1e-10."""
    a, b = np.log(0.05), np.log(20.0)
    g = (np.sqrt(5) - 1) / 2
    while b - a > 1e-10:
        c, d = b - g * (b - a), a + g * (b - a)
        if nll(logits, labels, np.exp(c)) < nll(logits, labels, np.exp(d)):
            b = d
        else:
            a = c
    return float(np.exp((a + b) / 2))


def sample(np_rng, n, classes, scale, true_temperature):
    """Logits, and labels drawn from softmax(logits / true_temperature)."""
    logits = np_rng.normal(0.0, scale, size=(n, classes))
    p = softmax(logits / true_temperature)
    labels = (p.cumsum(axis=1) > np_rng.random((n, 1))).argmax(axis=1).astype(np.int64)
    return logits, labels


# --- expected calibration error ------------------------------------------------------------------


@pytest.mark.parametrize("n_bins", [None, 10, 7], ids=["default-15", "10-bins", "7-bins"])
def test_ece_random(solution, np_rng, tol, n_bins):
    """Overconfident predictions over 3 classes: ECE equals a plain-loop oracle; n_bins defaults to 15."""
    logits, labels = sample(np_rng, 400, 3, 2.5, 2.0)
    probs = softmax(logits)
    got = (solution.expected_calibration_error(probs, labels) if n_bins is None
           else solution.expected_calibration_error(probs, labels, n_bins=n_bins))
    bins = 15 if n_bins is None else n_bins
    check_close(got, oracle_ece(probs, labels, bins),
                call=f"expected_calibration_error(<400 x 3 probabilities>, labels{'' if n_bins is None else f', n_bins={bins}'})",
                **tol)


@pytest.mark.edge
def test_ece_bin_edges_are_closed_on_the_right(solution, tol):
    """Confidences exactly 0.5, 0.75 and 1.0 with 4 bins fall in bins 1, 2 and 3 (right-closed)."""
    probs = np.array([[0.5, 0.25, 0.25], [0.75, 0.25, 0.0], [1.0, 0.0, 0.0], [0.0, 0.5, 0.5], [0.25, 0.75, 0.0],
                      [0.625, 0.375, 0.0]])
    labels = np.array([1, 0, 0, 1, 0, 0], dtype=np.int64)
    for n_bins in (4, 8):
        check_close(solution.expected_calibration_error(probs, labels, n_bins=n_bins), oracle_ece(probs, labels, n_bins),
                    call=f"expected_calibration_error(<confidences 0.5, 0.75, 1.0, 0.5, 0.75, 0.625>, labels, "
                         f"n_bins={n_bins})", **tol)


@pytest.mark.edge
def test_ece_one_occupied_bin(solution, np_rng, tol):
    """Every confidence in (0.9, 1.0]: the other 9 bins are empty and add nothing (no nan, no
    averaging over 10 bins); ECE = |accuracy - mean confidence|."""
    conf = np_rng.uniform(0.91, 0.99, size=50)
    probs = np.column_stack([conf, 1 - conf])
    labels = (np_rng.random(50) > 0.8).astype(np.int64)
    want = abs(float(np.mean(labels == 0)) - float(conf.mean()))
    check_close(solution.expected_calibration_error(probs, labels, n_bins=10), want,
                call="expected_calibration_error(<50 confidences in (0.91, 0.99)>, labels, n_bins=10)", **tol)


@pytest.mark.edge
def test_ece_argmax_ties_go_to_the_lowest_class(solution, tol):
    """A row with two equal maxima predicts the lower class index."""
    probs = np.array([[0.4, 0.4, 0.2], [0.1, 0.45, 0.45], [0.3, 0.3, 0.4]])
    labels = np.array([0, 2, 2], dtype=np.int64)
    check_close(solution.expected_calibration_error(probs, labels, n_bins=5), oracle_ece(probs, labels, 5),
                call="expected_calibration_error([[0.4, 0.4, 0.2], [0.1, 0.45, 0.45], [0.3, 0.3, 0.4]], [0, 2, 2], "
                     "n_bins=5)", **tol)


# --- temperature scaling -------------------------------------------------------------------------


@pytest.mark.parametrize("temperature", [0.4, 1.0, 3.0])
def test_apply_temperature(solution, np_rng, tol, temperature):
    """softmax(logits / T) row by row: the temperature divides the logits."""
    logits = np_rng.normal(0.0, 3.0, size=(20, 4))
    check_close(solution.apply_temperature(logits, temperature), softmax(logits / temperature),
                call=f"apply_temperature(<20 x 4 logits>, {temperature})", **tol)


@pytest.mark.edge
def test_apply_temperature_huge_logits(solution, tol):
    """Logits of size 1e3 (divided by T = 0.5) stay finite: subtract the row maximum."""
    logits = np.array([[1e3, 0.0, -1e3], [-1e3, -999.0, -1e3], [800.0, 800.0, 799.0]])
    check_close(solution.apply_temperature(logits, 0.5), softmax(logits / 0.5),
                call="apply_temperature([[1e3, 0, -1e3], [-1e3, -999, -1e3], [800, 800, 799]], 0.5)", **tol)


@pytest.mark.parametrize("true_temperature", [0.5, 2.5])
def test_fit_temperature_minimises_nll(solution, np_rng, true_temperature):
    """Labels drawn at a known temperature: T matches the NLL minimiser (golden-section search)."""
    rtol = fact("temperature_rtol")
    logits, labels = sample(np_rng, 600, 4, 2.0, true_temperature)
    want = oracle_temperature(logits, labels)
    call = f"fit_temperature(<600 x 4 logits, labels drawn at T = {true_temperature}>)"
    got = solution.fit_temperature(logits, labels)
    check_kind(got, 0.0, call=call)
    check(abs(float(got) - want) <= rtol * want, lambda: (
        f"{call} returned {float(got):.8g}; the NLL is minimised at T = {want:.8g} (NLL {nll(logits, labels, want):.10f} "
        f"there, {nll(logits, labels, float(got)) if float(got) > 0 else float('nan'):.10f} at yours); "
        f"allowed relative error {rtol:g}"))


def _inputs_modified(module, probs, logits, labels):
    import numpy as np

    copies = probs.copy(), logits.copy(), labels.copy()
    module.expected_calibration_error(probs, labels, 5)
    module.apply_temperature(logits, 2.0)
    module.fit_temperature(logits, labels)
    return not all(np.array_equal(a, b) for a, b in zip((probs, logits, labels), copies, strict=True))


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """None of the three functions changes its arrays (for instance dividing logits by T in place)."""
    logits, labels = sample(np_rng, 30, 3, 2.0, 1.5)
    changed = worker.probe(_inputs_modified, softmax(logits), logits, labels, label="ECE, apply and fit")
    check(not changed, "a calibration function modified its input arrays in place")
