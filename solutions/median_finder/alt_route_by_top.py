"""Median of a stream with two heaps, each new value routed by comparing it with the top of the lower half, then sizes rebalanced."""

import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.small: list[int] = []  # negated: a max-heap of the lower half
        self.large: list[int] = []  # a min-heap of the upper half; holds the extra value when the count is odd

    def add(self, num: int) -> None:
        if self.small and num <= -self.small[0]:
            heapq.heappush(self.small, -num)
        else:
            heapq.heappush(self.large, num)
        # Sizes: large has as many values as small, or one more.
        if len(self.small) > len(self.large):
            heapq.heappush(self.large, -heapq.heappop(self.small))
        elif len(self.large) > len(self.small) + 1:
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def median(self) -> float:
        if not self.large:
            raise ValueError("there are no values yet")
        if len(self.large) > len(self.small):
            return float(self.large[0])
        return (self.large[0] - self.small[0]) / 2
