"""Visible examples for ndcg_at_k (what `drill test` runs)."""

from support import check_ndcg


def test_example_graded(solution):
    got = solution.ndcg_at_k([0.9, 0.7, 0.8, 0.1], [3, 2, 0, 1], 3)
    check_ndcg(got, 0.9049495058460971, "ndcg_at_k([0.9, 0.7, 0.8, 0.1], [3, 2, 0, 1], 3)",
               " = DCG / IDCG = (7/1 + 0/log2(3) + 3/2) / (7/1 + 3/log2(3) + 1/2)")


def test_example_ties_keep_input_order(solution):
    got = solution.ndcg_at_k([0.5, 0.5, 0.5], [0, 1, 2], 2)
    check_ndcg(got, 0.17376534287144002, "ndcg_at_k([0.5, 0.5, 0.5], [0, 1, 2], 2)",
               ": all scores tie, so items 0 and 1 take ranks 1 and 2 (input order); "
               "(0/1 + 1/log2(3)) / (3/1 + 1/log2(3))")


def test_example_nothing_relevant(solution):
    got = solution.ndcg_at_k([0.3, 0.9], [0, 0], 2)
    check_ndcg(got, 0.0, "ndcg_at_k([0.3, 0.9], [0, 0], 2)", ": the ideal DCG is 0, so the answer is 0.0")
