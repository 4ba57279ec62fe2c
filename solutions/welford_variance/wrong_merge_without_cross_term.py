"""Wrong merge: adds the two M2 sums but forgets the term delta^2 * n_a * n_b / n that accounts for
the two parts having different means. Right only when both parts have the same mean."""


class RunningStats:
    def __init__(self) -> None:
        self._n = 0
        self._mean = 0.0
        self._m2 = 0.0

    def push(self, x: float) -> None:
        self._n += 1
        delta = x - self._mean
        self._mean += delta / self._n
        self._m2 += delta * (x - self._mean)

    def count(self) -> int:
        return self._n

    def mean(self) -> float:
        if self._n == 0:
            raise ValueError("mean of an empty stream")
        return self._mean

    def variance(self, ddof: int = 0) -> float:
        if self._n - ddof <= 0:
            raise ValueError("not enough values")
        return self._m2 / (self._n - ddof)

    def merge(self, other: "RunningStats") -> "RunningStats":
        out = RunningStats()
        n = self._n + other._n
        if n == 0:
            return out
        out._n = n
        out._mean = (self._mean * self._n + other._mean * other._n) / n
        out._m2 = self._m2 + other._m2
        return out
