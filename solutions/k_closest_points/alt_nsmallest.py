"""K closest points with heapq.nsmallest over the indices, keyed by (squared distance, index):
the library keeps a heap of k internally, O(n log k)."""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    def key(i: int) -> tuple[int, int]:
        x, y = points[i]
        return x * x + y * y, i

    return [list(points[i]) for i in heapq.nsmallest(k, range(len(points)), key=key)]
