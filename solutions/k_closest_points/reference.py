"""K closest points with a max-heap of the k best (distance, index) pairs: O(n log k) time, O(k) space."""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    heap: list[tuple[int, int]] = []  # (-squared distance, -index): the worst kept point on top
    for i, (x, y) in enumerate(points):
        entry = (-(x * x + y * y), -i)
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:  # strictly closer, or as close with a smaller index
            heapq.heapreplace(heap, entry)
    order = sorted((-d, -j) for d, j in heap)
    return [list(points[j]) for _, j in order]
