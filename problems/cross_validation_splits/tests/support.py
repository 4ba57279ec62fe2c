"""Shared by both cross_validation_splits test files: judging a list of (train, test) pairs."""

import numpy as np

from harness.authoring import check, check_equal


def as_lists(got, call, n_folds):
    """Check the shape of a splitter's answer and return it as [(train list, test list), ...]."""
    check(type(got) is list and len(got) == n_folds,
          lambda: f"{call} returned {type(got).__name__}"
                  f"{f' of length {len(got)}' if isinstance(got, (list, tuple)) else ''}; expected a list of "
                  f"{n_folds} (train_idx, test_idx) tuples")
    out = []
    for f, pair in enumerate(got):
        check(type(pair) is tuple and len(pair) == 2,
              lambda f=f, pair=pair: f"{call}[{f}] is {type(pair).__name__}; expected a tuple (train_idx, test_idx)")
        for name, part in zip(("train_idx", "test_idx"), pair, strict=True):
            check(isinstance(part, np.ndarray) and part.dtype == np.int64 and part.ndim == 1,
                  lambda f=f, name=name, part=part: f"{call}[{f}] {name} is {type(part).__name__} "
                                                    f"{getattr(part, 'dtype', '')}; expected a 1-d int64 array")
            check(bool(np.all(np.diff(part) > 0)),
                  lambda f=f, name=name, part=part: f"{call}[{f}] {name} = {part.tolist()} is not sorted "
                                                    "increasingly (without repeats)")
        out.append((pair[0].tolist(), pair[1].tolist()))
    return out


def check_same(got_lists, want_lists, call) -> None:
    for f, (got, want) in enumerate(zip(got_lists, want_lists, strict=True)):
        check_equal(got[1], want[1], call=f"{call}[{f}] test_idx")
        check_equal(got[0], want[0], call=f"{call}[{f}] train_idx")
