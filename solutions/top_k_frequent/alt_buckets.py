"""Top k frequent by bucket sort: values grouped by their count, read from the highest count down."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts: dict[int, int] = {}
    for v in nums:
        counts[v] = counts.get(v, 0) + 1
    buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
    for v, c in counts.items():
        buckets[c].append(v)
    out: list[int] = []
    for c in range(len(nums), 0, -1):
        if buckets[c]:
            out.extend(sorted(buckets[c])[:k - len(out)])  # ties: smaller value first
            if len(out) == k:
                break
    return out
