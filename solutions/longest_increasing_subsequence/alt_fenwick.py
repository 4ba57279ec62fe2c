"""Longest increasing subsequence with a Fenwick tree of prefix maxima over the ranks of the values."""


def longest_increasing_subsequence(nums: list[int]) -> int:
    rank = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
    size = len(rank)
    tree = [0] * (size + 1)  # tree[i]: the longest run ending in a value whose rank falls in i's range
    best = 0
    for v in nums:
        # Strictly increasing: only runs ending in a smaller value (rank below r) may be extended.
        i = rank[v] - 1
        longest = 0
        while i > 0:
            longest = max(longest, tree[i])
            i -= i & -i
        length = longest + 1
        best = max(best, length)
        i = rank[v]
        while i <= size:
            if tree[i] < length:
                tree[i] = length
            i += i & -i
    return best
