"""Hidden tests for ndcg_at_k: generated queries against an oracle that spells out the ranking,
DCG and ideal DCG; exponential gain, log2(rank + 1) discount, the ideal taken from all items, ties
in scores broken by input order, k beyond the list, and an ideal DCG of zero."""

import math

import pytest
from support import check_ndcg

from harness.authoring import call_text


def dcg(relevances, k):
    return sum((2 ** r - 1) / math.log2(rank + 2) for rank, r in enumerate(relevances[:k]))


def expected(scores, relevance, k):
    """(NDCG@k, an explanation of it for failure messages)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    ranked = [relevance[i] for i in order]
    ideal_order = sorted(relevance, reverse=True)
    top = min(k, len(scores))
    got_dcg, ideal = dcg(ranked, k), dcg(ideal_order, k)
    if ideal == 0:
        return 0.0, " because no item is relevant: the ideal DCG is 0, and the rule returns 0.0 then"

    def shown(xs):
        return f"{xs}" if len(xs) <= 12 else f"{xs[:12]}... ({len(xs)} in all)"

    why = (f" = DCG@{k} / IDCG@{k} = {got_dcg:.10g} / {ideal:.10g}. Ranked by score (ties: lower index "
           f"first) the top {top} items are {shown(order[:top])} with relevances {shown(ranked[:top])}; "
           f"the ideal top {top} relevances, from all {len(scores)} items, are {shown(ideal_order[:top])}; "
           "gain 2**rel - 1, discount log2(rank + 1) with rank 1 for the top item")
    return got_dcg / ideal, why


def run(solution, scores, relevance, k, call=None):
    got = solution.ndcg_at_k(list(scores), list(relevance), k)
    want, why = expected(scores, relevance, k)
    check_ndcg(got, want, call or call_text("ndcg_at_k", scores, relevance, k), why)


@pytest.mark.parametrize("batch", range(3))
def test_random_queries(solution, rng, batch):
    """Random queries of 1 to 30 items with graded relevance 0..4 and distinct scores; k from 1 to n + 3."""
    for _ in range(40):
        n = rng.randint(1, 30)
        relevance = [rng.choice([0, 0, 0, 1, 1, 2, 3, 4]) for _ in range(n)]
        scores = [rel + rng.gauss(0.0, 1.5) for rel in relevance]
        run(solution, scores, relevance, rng.randint(1, n + 3))


@pytest.mark.parametrize("k", [10, 100])
def test_long_list(solution, rng, k):
    """1,000 items, relevance 0..3, k of 10 and 100."""
    relevance = [rng.choice([0] * 6 + [1, 1, 2, 3]) for _ in range(1000)]
    scores = [rel + rng.gauss(0.0, 2.0) for rel in relevance]
    run(solution, scores, relevance, k, call=f"ndcg_at_k(<1,000 scores>, <1,000 relevances>, {k})")


def test_relevant_items_outside_the_top_k(solution, rng):
    """The best items are ranked low: the ideal DCG still counts them (it is built from ALL items)."""
    relevance = [1, 0, 2, 0, 0, 3, 3, 2]
    scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.2, 0.1, 0.05]
    run(solution, scores, relevance, 3)
    run(solution, scores, relevance, 5)


def test_graded_gain(solution):
    """Relevance 3 is worth 2**3 - 1 = 7, seven times relevance 1: order matters more than with rel as gain."""
    run(solution, [0.9, 0.5, 0.1], [1, 3, 0], 3)
    run(solution, [0.2, 0.4, 0.6, 0.8], [3, 2, 1, 0], 2)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("scores,relevance,k", [
    ([0.5, 0.5, 0.5, 0.5], [0, 1, 2, 3], 2),
    ([0.5, 0.5, 0.5, 0.5], [3, 2, 1, 0], 3),
    ([1.0, 0.3, 1.0, 0.3, 1.0], [0, 2, 3, 1, 2], 4),
    ([2.0, 2.0, 1.0], [0, 2, 2], 1),
], ids=["all-tied-ascending", "all-tied-descending", "tie-groups", "tie-at-the-cut"])
def test_tied_scores_keep_input_order(solution, scores, relevance, k):
    """Equal scores rank in input order: the item with the lower index comes first (a stable sort)."""
    run(solution, scores, relevance, k)


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(2))
def test_random_ties(solution, rng, batch):
    """Random queries whose scores take only a few values, so many items tie."""
    for _ in range(30):
        n = rng.randint(2, 16)
        relevance = [rng.randint(0, 3) for _ in range(n)]
        scores = [float(rng.randint(0, 3)) for _ in range(n)]
        run(solution, scores, relevance, rng.randint(1, n + 2))


@pytest.mark.edge
@pytest.mark.parametrize("scores,relevance,k", [
    ([0.3, 0.9, 0.1], [2, 0, 1], 10),
    ([0.3], [2], 5),
    ([0.3, 0.9], [0, 0], 2),
    ([], [], 3),
    ([0.1, 0.2], [5, 0], 1),
    ([0.1, 0.2, 0.3], [0, 0, 2], 1),
], ids=["k-beyond-n", "single-item", "nothing-relevant", "empty", "k-1-miss", "k-1-hit"])
def test_small_edges(solution, scores, relevance, k):
    """k larger than the list uses every item; no relevant item (or no item) gives 0.0; k = 1."""
    run(solution, scores, relevance, k)


@pytest.mark.edge
def test_perfect_ranking_is_one(solution, rng):
    """Scores in the same order as the relevances give exactly 1.0, however large the relevances."""
    relevance = [rng.randint(0, 10) for _ in range(25)]
    scores = [r + rng.random() * 0.5 for r in relevance]
    run(solution, scores, relevance, 7)


def _modifies_inputs(module, scores, relevance):
    s, r = list(scores), list(relevance)
    module.ndcg_at_k(scores, relevance, 3)
    return scores != s or relevance != r


@pytest.mark.edge
def test_inputs_untouched(worker, rng):
    """ndcg_at_k leaves its lists as they were (sort copies, not scores.sort() or relevance.sort())."""
    relevance = [rng.randint(0, 3) for _ in range(10)]
    scores = [rng.random() for _ in range(10)]
    assert not worker.probe(_modifies_inputs, scores, relevance, label="ndcg_at_k(scores, relevance, 3)"), \
        "ndcg_at_k(scores, relevance, 3) modified its input lists in place; sort copies (sorted(...))"
