"""Search suggestions from the sorted products: each typed prefix is a binary search, and its three
suggestions are the next three products if they share the prefix. O(n log n + m log n)."""

from bisect import bisect_left


def suggested_products(products: list[str], search_word: str) -> list[list[str]]:
    ordered = sorted(products)
    result = []
    start = 0
    for i in range(1, len(search_word) + 1):
        prefix = search_word[:i]
        start = bisect_left(ordered, prefix, start)  # longer prefixes only sort later
        result.append([p for p in ordered[start:start + 3] if p.startswith(prefix)])
    return result
