"""Shared by both pca test files: judging components sign-free (through projectors) and variances."""

import numpy as np

from harness.authoring import check, check_close, check_finite, check_kind, projector

SUBSPACE_ATOL = 1e-7


def _text(a) -> str:
    return np.array2string(np.asarray(a), precision=6, separator=", ", max_line_width=10**6)


def check_answer(got, want_components, want_variance, call, tol, n=None, every_direction=None) -> None:
    """got = (components, explained_variance) from the submission; the wants are float64 arrays.
    every_direction: all d principal directions in order (rows), to name a misplaced component."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {type(got).__name__}"
                  f"{f' of length {len(got)}' if isinstance(got, (tuple, list)) else ''}; "
                  "expected a tuple (components, explained_variance)")
    components, variance = got
    k, d = want_components.shape
    if getattr(components, "shape", None) == (d, k) and k != d:
        check(False, f"{call} returned components of shape {(d, k)}; expected {(k, d)}: one component per "
                     "ROW (np.linalg.eigh and svd's U give them as columns: transpose)")
    check_kind(components, want_components, call=f"{call} components")
    check_kind(variance, want_variance, call=f"{call} explained_variance")
    check_finite(components, call=f"{call} components")
    check_finite(variance, call=f"{call} explained_variance")
    gram = components @ components.T
    off = np.abs(gram - np.eye(k))
    if off.max() > 1e-8:
        i, j = np.unravel_index(int(off.argmax()), off.shape)
        what = (f"row {i} has squared norm {gram[i, i]:.10g}" if i == j
                else f"rows {i} and {j} have dot product {gram[i, j]:.3g}")
        check(False, f"{call} components are not orthonormal: {what}; each row must be a unit vector "
                     "orthogonal to the others")
    for j in range(k):
        err = np.abs(projector(components[j:j + 1]) - projector(want_components[j:j + 1])).max()
        if err <= SUBSPACE_ATOL:
            continue
        directions = want_components if every_direction is None else every_direction
        cosines = np.abs(directions @ components[j])
        m = int(cosines.argmax())
        if k == d and abs(components[:, j] @ want_components[j]) > 1 - 1e-6:
            why = (f"column {j} of your matrix is the expected component {j}: return one component per ROW "
                   "(np.linalg.eigh gives eigenvectors as columns: transpose)")
        elif m != j and cosines[m] > 1 - 1e-6:
            why = (f"it is the direction with the {_ordinal(m + 1)} largest variance; components come in "
                   "DECREASING order of variance (np.linalg.eigh sorts eigenvalues ascending)")
        else:
            why = (f"|cos| with the expected direction {_text(want_components[j])} (up to sign) is "
                   f"{abs(want_components[j] @ components[j]):.6f}; the data must be centred (subtract each column's mean) and the "
                   "components are eigenvectors of the covariance matrix")
        check(False, f"{call} component {j} = {_text(components[j])} is not the {_ordinal(j + 1)} principal "
                     f"direction: {why}")
    hint = ""
    if n is not None and np.allclose(variance, want_variance * (n - 1) / n, rtol=1e-9, atol=1e-12):
        hint = f"; these are the variances divided by n = {n}: divide by n - 1 = {n - 1} instead"
    try:
        check_close(variance, want_variance, call=f"{call} explained_variance", **tol)
    except AssertionError as exc:
        raise type(exc)(f"{exc}{hint}") from None


def _ordinal(i: int) -> str:
    return f"{i}{'th' if 10 <= i % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(i % 10, 'th')}"
