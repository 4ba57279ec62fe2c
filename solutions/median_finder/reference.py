"""Median of a data stream with two heaps: O(log n) per add, O(1) per median, O(n) space.

lower is a max-heap (values negated, since heapq is a min-heap) of the smaller half, upper a
min-heap of the larger half. Every value in lower is <= every value in upper, and lower holds
as many values as upper or one more, so the median sits on top of the heaps.
"""

import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.lower: list[int] = []  # negated values
        self.upper: list[int] = []

    def add(self, num: int) -> None:
        # Through lower first, so the largest of the lower half is what moves up.
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def median(self) -> float:
        if not self.lower:
            raise ValueError("median() of an empty MedianFinder")
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (-self.lower[0] + self.upper[0]) / 2
