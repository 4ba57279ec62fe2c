"""Shared by both roc_auc test files: the pair counts behind an expected AUC, and the check."""

import math

import numpy as np

from harness.authoring import check

RTOL = 1e-9


def pair_counts(scores, labels):
    """(pairs where the positive scores higher, tied positive-negative pairs, n_pos, n_neg) by
    comparing every positive with every negative: for small inputs only."""
    scores, labels = np.asarray(scores, dtype=np.float64), np.asarray(labels)
    pos, neg = scores[labels == 1], scores[labels == 0]
    wins = int((pos[:, None] > neg[None, :]).sum())
    ties = int((pos[:, None] == neg[None, :]).sum())
    return wins, ties, len(pos), len(neg)


def check_auc(got, want, call, counts=None) -> None:
    """got must be a float within RTOL of want; counts = (wins, ties, n_pos, n_neg) explains want."""
    check(isinstance(got, (float, np.floating)),
          lambda: f"{call} returned {got!r} ({type(got).__name__}); expected a float ({want!r})")
    if counts is not None:
        wins, ties, n_pos, n_neg = counts
        why = (f" = (wins + ties / 2) / (n_pos * n_neg) = ({wins} + {ties} / 2) / ({n_pos} * {n_neg}): "
               f"{wins} positive-negative pairs rank the positive higher and {ties} are tied, each tie "
               "counting one half")
    else:
        why = ""
    check(not math.isnan(got) and math.isclose(got, want, rel_tol=RTOL, abs_tol=RTOL),
          lambda: f"{call} returned {got!r}; expected {want!r}{why}")
