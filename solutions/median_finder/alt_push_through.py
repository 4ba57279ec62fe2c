"""Median of a stream with two heaps, each new value pushed through the lower half into the upper one, and the median cached."""

import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.lower: list[int] = []  # negated: a max-heap of the smaller half
        self.upper: list[int] = []  # a min-heap of the larger half, never smaller than lower
        self.current: float | None = None

    def add(self, num: int) -> None:
        moved = -heapq.heappushpop(self.lower, -num)  # the largest of the lower half and num
        heapq.heappush(self.upper, moved)
        if len(self.upper) > len(self.lower) + 1:
            heapq.heappush(self.lower, -heapq.heappop(self.upper))
        if len(self.upper) > len(self.lower):
            self.current = float(self.upper[0])
        else:
            self.current = (self.upper[0] - self.lower[0]) / 2

    def median(self) -> float:
        if self.current is None:
            raise ValueError("there are no values yet")
        return self.current
