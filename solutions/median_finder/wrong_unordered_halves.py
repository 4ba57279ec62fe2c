"""Wrong: keeps the two heaps the same size but not ordered. A new value goes to whichever heap
is smaller, with no check that everything in the lower heap is <= everything in the upper one,
so the tops of the heaps are not the middle values. Right for a few lucky orders (adding
1, 2, 3 in that order works), wrong for most: adding 3, 1, 2 gives 3.0 instead of 2.0."""

import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.lower: list[int] = []  # negated values
        self.upper: list[int] = []

    def add(self, num: int) -> None:
        if len(self.lower) <= len(self.upper):
            heapq.heappush(self.lower, -num)
        else:
            heapq.heappush(self.upper, num)

    def median(self) -> float:
        if not self.lower:
            raise ValueError("median() of an empty MedianFinder")
        if len(self.lower) > len(self.upper):
            return float(-self.lower[0])
        return (-self.lower[0] + self.upper[0]) / 2
