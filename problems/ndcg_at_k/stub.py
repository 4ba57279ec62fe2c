"""NDCG@k of one query: the model's ranking by score, judged against graded true relevances."""


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    raise NotImplementedError("write your solution here")
