"""Reference: rank each query's items with a stable sort of the negated scores, mark the hits in
the top k, and average the four per-query values over the queries that have a relevant item."""

import numpy as np


def ranking_metrics(scores: list[np.ndarray], relevant: list[list[int]], k: int) -> dict[str, float]:
    if k < 1:
        raise ValueError("k must be at least 1")
    totals = {"precision": 0.0, "recall": 0.0, "map": 0.0, "mrr": 0.0}
    counted = 0
    for s, rel in zip(scores, relevant, strict=True):
        if not rel:
            continue  # nothing to find: the query is left out of every average
        counted += 1
        top = np.argsort(-np.asarray(s), kind="stable")[:k]
        hits = np.isin(top, list(rel))
        ranks = np.flatnonzero(hits) + 1  # 1-based ranks of the relevant items in the top k
        totals["precision"] += len(ranks) / k
        totals["recall"] += len(ranks) / len(rel)
        totals["map"] += float(np.sum(np.arange(1, len(ranks) + 1) / ranks)) / min(len(rel), k)
        totals["mrr"] += 1.0 / ranks[0] if len(ranks) else 0.0
    if counted == 0:
        raise ValueError("no query has a relevant item")
    return {name: float(total / counted) for name, total in totals.items()}
