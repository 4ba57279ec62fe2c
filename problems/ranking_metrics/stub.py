"""Precision@k, recall@k, MAP@k and MRR over several queries."""

import numpy as np


def ranking_metrics(scores: list[np.ndarray], relevant: list[list[int]], k: int) -> dict[str, float]:
    raise NotImplementedError("write your solution here")
