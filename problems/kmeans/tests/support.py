"""Shared by both kmeans test files: judging one answer against the expected run."""

import numpy as np

from harness.authoring import check, check_close, check_kind


def _text(a) -> str:
    return np.array2string(np.asarray(a), precision=6, separator=", ", max_line_width=10**6)


def check_answer(got, want, X, call, tol) -> None:
    """got: the submission's (centroids, labels, n_iter); want: the expected run as a dict with
    centroids, labels, n_iter and `used` (the centroids of the last assignment step)."""
    check(type(got) is tuple and len(got) == 3,
          lambda: f"{call} returned {type(got).__name__}"
                  f"{f' of length {len(got)}' if isinstance(got, (tuple, list)) else ''}; "
                  "expected a tuple (centroids, labels, n_iter)")
    centroids, labels, n_iter = got
    check(isinstance(n_iter, (int, np.integer)) and not isinstance(n_iter, bool),
          lambda: f"{call} returned n_iter = {n_iter!r} ({type(n_iter).__name__}); expected an int")
    check_kind(labels, want["labels"], call=f"{call} labels")
    check_kind(centroids, want["centroids"], call=f"{call} centroids")
    bad = np.flatnonzero(~np.isfinite(centroids).all(axis=1))
    check(bad.size == 0, lambda: f"{call} returned centroid {int(bad[0])} = {_text(centroids[bad[0]])}; "
                                 "centroids must stay finite (a cluster that wins no point keeps its previous "
                                 "centroid; the mean of an empty selection is nan)")
    stopped = (f" It stopped after {int(n_iter)} iteration(s); the expected run stops after "
               f"{want['n_iter']}." if int(n_iter) != want["n_iter"] else "")
    wrong = np.flatnonzero(labels != want["labels"])
    if wrong.size:
        i = int(wrong[0])
        used = want["used"]
        d = ((X[i] - used) ** 2).sum(axis=1)
        nearest = np.flatnonzero(d == d.min())
        shown = f" {_text(used)}" if used.size <= 12 else ""
        why = f"squared distances to the centroids of the last assignment step{shown} are {_text(d)}"
        if nearest.size > 1:
            why += f": a tie between centroids {nearest.tolist()}, and ties go to the lowest index"
        check(False, f"{call}: labels[{i}] = {int(labels[i])} for point X[{i}] = {_text(X[i])}; expected "
                     f"{int(want['labels'][i])} ({wrong.size} of {len(X)} labels differ). In the expected run, "
                     f"the point's {why}.{stopped}")
    check(int(n_iter) == want["n_iter"], f"{call} returned n_iter = {int(n_iter)}; expected {want['n_iter']}: "
                                         "count the assignment + update rounds done, and stop after the round "
                                         "whose largest centroid move is <= tol (or after max_iter rounds)")
    check_close(centroids, want["centroids"], call=f"{call} centroids", **tol)
