"""Wrong for the target complexity: keeps the values in a sorted Python list with bisect.insort.
Finding the place is O(log n), but inserting shifts every later element one slot to the right:
O(n) per add, done in C where operation counting does not see it (the CPU-time check does).
With values that keep arriving at the front, n adds cost O(n^2)."""

import bisect


class MedianFinder:
    def __init__(self) -> None:
        self.values: list[int] = []

    def add(self, num: int) -> None:
        bisect.insort(self.values, num)

    def median(self) -> float:
        if not self.values:
            raise ValueError("no values")
        n = len(self.values)
        k = n // 2
        if n % 2:
            return float(self.values[k])
        return (self.values[k - 1] + self.values[k]) / 2
