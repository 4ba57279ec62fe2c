"""Wrong: measures distance as |x| + |y| instead of the straight-line (Euclidean) distance."""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    best = heapq.nsmallest(k, range(len(points)), key=lambda i: (abs(points[i][0]) + abs(points[i][1]), i))
    return [list(points[i]) for i in best]
