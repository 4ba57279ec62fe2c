"""Hidden tests for ranking_metrics: random queries with tied scores against a plain-Python
computation, with the normalisation of AP, the queries without a hit in MRR, empty relevant lists,
ties and k beyond the list each isolated in a small case, and the errors."""

import numpy as np
import pytest
from support import check_metrics

from harness.authoring import check, expect_raises


def per_query(scores, rel, k):
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
    ranks = [r for r, item in enumerate(order, start=1) if item in set(rel)]
    return {
        "precision": len(ranks) / k,
        "recall": len(ranks) / len(rel),
        "map": sum(j / r for j, r in enumerate(ranks, start=1)) / min(len(rel), k),
        "mrr": 1.0 / ranks[0] if ranks else 0.0,
    }


def oracle(scores, relevant, k):
    rows = [per_query([float(x) for x in s], list(rel), k) for s, rel in zip(scores, relevant, strict=True) if rel]
    return {key: sum(row[key] for row in rows) / len(rows) for key in ("precision", "recall", "map", "mrr")}


def run(solution, scores, relevant, k, tol, call=None):
    call = call or f"ranking_metrics(<{len(scores)} queries>, relevant, k={k})"
    got = solution.ranking_metrics([np.array(s, dtype=np.float64) for s in scores], [list(r) for r in relevant], k)
    check_metrics(got, oracle(scores, relevant, k), call, tol)


def random_queries(np_rng, count, decimals):
    scores, relevant = [], []
    for _ in range(count):
        n = int(np_rng.integers(1, 25))
        scores.append(np.round(np_rng.random(n), decimals))
        r = int(np_rng.integers(0, n + 1))
        relevant.append(sorted(np_rng.choice(n, size=r, replace=False).tolist()))
    if not any(relevant):
        relevant[0] = [0]
    return scores, relevant


@pytest.mark.parametrize("k", [1, 3, 10])
def test_random_queries(solution, np_rng, tol, k):
    """Random queries of 1 to 24 items, some without relevant items, scores rounded (ties)."""
    for decimals in (1, 6):
        scores, relevant = random_queries(np_rng, 12, decimals)
        run(solution, scores, relevant, k, tol, call=f"ranking_metrics(<12 random queries, scores rounded to "
                                                      f"{decimals} decimals>, relevant, k={k})")


def test_ap_normalised_by_min_of_relevant_and_k(solution, tol):
    """AP@k divides by min(R, k): neither by k nor by the number of hits."""
    # R = 2 < k = 5, both hits at ranks 1 and 4: AP = (1/1 + 2/4) / 2 = 0.75 (by k: 0.3, by hits: 0.75)
    # R = 6 > k = 5, hits at ranks 2 and 3: AP = (1/2 + 2/3) / 5 (by hits: (1/2 + 2/3) / 2)
    scores = [np.array([9.0, 8.0, 7.0, 6.0, 5.0, 4.0]), np.array([9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0])]
    relevant = [[0, 3], [1, 2, 5, 6, 7, 8]]
    run(solution, scores, relevant, 5, tol, call="ranking_metrics(<hits at ranks 1, 4 of R = 2; ranks 2, 3 of "
                                                 "R = 6>, k=5)")


def test_mrr_counts_queries_without_a_hit(solution, tol):
    """A query whose relevant items all fall below the top k counts with RR = 0 (it is not dropped)."""
    scores = [np.array([3.0, 2.0, 1.0]), np.array([3.0, 2.0, 1.0, 0.0])]
    relevant = [[1], [3]]  # query 1's only relevant item is ranked 4th
    run(solution, scores, relevant, 2, tol, call="ranking_metrics(<first hit at rank 2; no hit in the top 2>, k=2)")


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty_relevant_lists_are_left_out(solution, tol):
    """Queries with no relevant item change none of the four averages."""
    scores = [np.array([0.3, 0.9, 0.5]), np.array([0.1, 0.2]), np.array([0.8, 0.4, 0.6, 0.2])]
    relevant = [[1], [], [3, 2]]  # hits at rank 1 and rank 2: every average is non-zero
    run(solution, scores, relevant, 2, tol, call="ranking_metrics(<3 queries, the second with no relevant item>, k=2)")
    run(solution, [scores[0], scores[2]], [relevant[0], relevant[2]], 2, tol,
        call="ranking_metrics(<the same without the empty query>, k=2)")


@pytest.mark.edge
def test_ties_go_to_the_lower_index(solution, tol):
    """Equal scores: the lower item index ranks first."""
    scores = [np.array([0.5, 0.5, 0.5, 0.5]), np.array([1.0, 2.0, 2.0, 1.0, 2.0])]
    relevant = [[0], [1, 3]]
    run(solution, scores, relevant, 2, tol, call="ranking_metrics([[0.5] * 4, [1, 2, 2, 1, 2]], [[0], [1, 3]], k=2)")


@pytest.mark.edge
def test_k_longer_than_the_list(solution, tol):
    """k > n: the top k is the whole list, and precision still divides by k."""
    scores = [np.array([0.2, 0.9]), np.array([0.4])]
    relevant = [[0, 1], [0]]
    run(solution, scores, relevant, 5, tol, call="ranking_metrics([[0.2, 0.9], [0.4]], [[0, 1], [0]], k=5)")


@pytest.mark.edge
def test_errors(solution):
    """k < 1, or no query with a relevant item: ValueError."""
    scores = [np.array([0.1, 0.2])]
    expect_raises(ValueError, solution.ranking_metrics, scores, [[0]], 0,
                  call="ranking_metrics([[0.1, 0.2]], [[0]], k=0)", why="k must be at least 1")
    expect_raises(ValueError, solution.ranking_metrics, scores + [np.array([1.0])], [[], []], 3,
                  call="ranking_metrics([[0.1, 0.2], [1.0]], [[], []], k=3)", why="no query has a relevant item")


def _modified(module, scores, relevant):
    import numpy as np

    copies = [s.copy() for s in scores], [list(r) for r in relevant]
    module.ranking_metrics(scores, relevant, 3)
    return (any(not np.array_equal(a, b) for a, b in zip(scores, copies[0], strict=True))
            or relevant != copies[1])


@pytest.mark.edge
def test_inputs_untouched(worker, np_rng):
    """ranking_metrics leaves scores and relevant as they were."""
    scores, relevant = random_queries(np_rng, 5, 1)
    check(not worker.probe(_modified, scores, relevant, label="ranking_metrics(scores, relevant, 3)"),
          "ranking_metrics modified scores or relevant in place")
