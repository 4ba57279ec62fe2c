"""Wrong type and value: the right two heaps, but median() uses floor division for an even
count and returns the middle value itself for an odd count. After adding 1, 2, 3, 4 it returns
the int 2 instead of the float 2.5, and after adding 1, 5, 3 the int 3 instead of 3.0."""

import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.lower: list[int] = []
        self.upper: list[int] = []

    def add(self, num: int) -> None:
        heapq.heappush(self.upper, -heapq.heappushpop(self.lower, -num))
        if len(self.upper) > len(self.lower):
            heapq.heappush(self.lower, -heapq.heappop(self.upper))

    def median(self) -> float:
        if not self.lower:
            raise ValueError("median() of an empty MedianFinder")
        if len(self.lower) > len(self.upper):
            return -self.lower[0]
        return (-self.lower[0] + self.upper[0]) // 2
