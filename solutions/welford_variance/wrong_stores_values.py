"""Wrong for a stream: keeps every value in a list and runs an exact two-pass computation on each
query. Accurate, but memory grows with the stream (O(n) instead of O(1)), which an unbounded
stream cannot afford."""

import math


class RunningStats:
    def __init__(self) -> None:
        self._values: list[float] = []

    def push(self, x: float) -> None:
        self._values.append(float(x))

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
