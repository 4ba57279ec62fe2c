"""Wrong: averages the reciprocal rank only over the queries that have a hit in the top k,
so a query whose relevant items all fall below the top k is dropped instead of counting 0."""

import numpy as np


def ranking_metrics(scores: list[np.ndarray], relevant: list[list[int]], k: int) -> dict[str, float]:
    if k < 1:
        raise ValueError("k must be at least 1")
    totals = {"precision": 0.0, "recall": 0.0, "map": 0.0, "mrr": 0.0}
    counted = 0
    found = 0
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
        if len(ranks):
            totals["mrr"] += 1.0 / ranks[0]
            found += 1
    if counted == 0:
        raise ValueError("no query has a relevant item")
    result = {name: float(total / counted) for name, total in totals.items()}
    result["mrr"] = float(totals["mrr"] / found) if found else 0.0
    return result
