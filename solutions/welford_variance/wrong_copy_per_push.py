"""Wrong for a stream, in time and in memory: keeps every value, and push does
self._values = self._values + [x], which builds a new list holding all the values so far. The
answers are right (an exact two-pass computation on each query), but each push copies the whole
list, O(n) per push and O(n^2) for n pushes, and the memory grows with the stream. The copying
happens inside list concatenation (C code), so operation counting sees O(1) per push; the
CPU-time guard sees the quadratic, and the space check the growing memory."""

import math


class RunningStats:
    def __init__(self) -> None:
        self._values: list[float] = []

    def push(self, x: float) -> None:
        self._values = self._values + [float(x)]

    def count(self) -> int:
        return len(self._values)

    def mean(self) -> float:
        if not self._values:
            raise ValueError("mean of an empty stream")
        return math.fsum(self._values) / len(self._values)

    def variance(self, ddof: int = 0) -> float:
        n = len(self._values)
        if n - ddof <= 0:
            raise ValueError("not enough values")
        mean = math.fsum(self._values) / n
        return math.fsum((v - mean) ** 2 for v in self._values) / (n - ddof)

    def merge(self, other: "RunningStats") -> "RunningStats":
        out = RunningStats()
        out._values = self._values + other._values
        return out
