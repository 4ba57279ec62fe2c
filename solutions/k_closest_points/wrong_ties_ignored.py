"""Wrong on ties: heap entries are (distance, point), so among points at the same distance the
ones kept, and their order, follow the coordinates instead of the smaller index."""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    heap: list[tuple[int, list[int]]] = []
    for x, y in points:
        entry = (-(x * x + y * y), [x, y])
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[0] > heap[0][0]:
            heapq.heapreplace(heap, entry)
    return [point for _, point in sorted(heap, key=lambda e: -e[0])]
