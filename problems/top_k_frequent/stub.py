"""Top K Frequent Elements: the k most frequent values, by count descending, ties by smaller value."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    raise NotImplementedError("write your solution here")
