"""Shared by both target_encoding test files: judging an answer's kind, shapes and values."""

import numpy as np

from harness.authoring import check, check_close, check_kind


def check_encoded(got, want_train, want_test, call, tol) -> None:
    """got: what target_encode returned; want_*: the expected float64 encodings."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {type(got).__name__}"
                  f"{f' of length {len(got)}' if isinstance(got, (tuple, list)) else ''}; "
                  "expected a tuple (train_encoded, test_encoded)")
    for name, value, want in (("train_encoded", got[0], want_train), ("test_encoded", got[1], want_test)):
        check_kind(value, np.asarray(want, dtype=np.float64), call=f"{call} {name}")
        check_close(value, np.asarray(want, dtype=np.float64), call=f"{call} {name}", **tol)


def check_partition(folds, n, n_folds, call) -> None:
    """folds: what make_folds returned for n rows."""
    folds = np.asarray(folds)
    check(folds.shape == (n,), lambda: f"{call} returned shape {folds.shape}; expected ({n},): one fold per row")
    bad = np.flatnonzero((folds < 0) | (folds >= n_folds))
    check(bad.size == 0, lambda: f"{call}: row {int(bad[0])} is in fold {int(folds[bad[0]])}; folds are 0..{n_folds - 1}")
    sizes = np.bincount(folds, minlength=n_folds)
    check(sizes.max() - sizes.min() <= 1,
          lambda: f"{call}: fold sizes {sizes.tolist()}; each row must be in exactly one fold and the sizes "
                  "may differ by at most one (row perm[j] goes to fold j % n_folds)")
