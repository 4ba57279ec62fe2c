"""Visible examples for top_p_sampling (what `drill test` runs)."""

import numpy as np
from support import check_tokens, run_sample

from harness.authoring import check_close

LOGITS = np.log(np.array([[0.5, 0.3, 0.15, 0.05]]))


def test_example_top_p(solution, tol):
    check_close(solution.filtered_probs(LOGITS, top_p=0.7), np.array([[0.625, 0.375, 0.0, 0.0]]),
                call="filtered_probs(logits, top_p=0.7)", **tol)


def test_example_top_k_tie(solution, tol):
    check_close(solution.filtered_probs(np.array([[1.0, 2.0, 2.0, 0.0]]), top_k=2), np.array([[0.0, 0.5, 0.5, 0.0]]),
                call="filtered_probs([[1, 2, 2, 0]], top_k=2)", **tol)


def test_example_sample(worker):
    got = worker.probe(run_sample, np.tile(LOGITS, (10, 1)), 0, {"top_p": 0.7}, label="sample(..., top_p=0.7)")
    check_tokens(got["tokens"], np.array([1, 0, 0, 0, 1, 1, 0, 1, 0, 1], dtype=np.int64),
                 call="sample(np.tile(logits, (10, 1)), np.random.default_rng(0), top_p=0.7)")
