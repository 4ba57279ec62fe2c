"""Plain Python: sort item indices with the key (-score, index), then walk the top k once per
query, accumulating the four values."""


def ranking_metrics(scores, relevant, k):
    if k < 1:
        raise ValueError("k must be >= 1")
    sums = dict.fromkeys(("precision", "recall", "map", "mrr"), 0.0)
    used = 0
    for s, rel in zip(scores, relevant, strict=False):
        rel = set(rel)
        if not rel:
            continue
        used += 1
        values = [float(x) for x in s]
        ranking = sorted(range(len(values)), key=lambda i: (-values[i], i))
        hits, precision_sum, first = 0, 0.0, 0.0
        for rank, item in enumerate(ranking[:k], start=1):
            if item in rel:
                hits += 1
                precision_sum += hits / rank
                if hits == 1:
                    first = 1.0 / rank
        sums["precision"] += hits / k
        sums["recall"] += hits / len(rel)
        sums["map"] += precision_sum / min(len(rel), k)
        sums["mrr"] += first
    if used == 0:
        raise ValueError("every query has an empty relevant list")
    return {name: value / used for name, value in sums.items()}
