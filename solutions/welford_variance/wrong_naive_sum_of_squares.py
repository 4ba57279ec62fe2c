"""Wrong on data far from zero: keeps sum(x) and sum(x^2) and returns E[x^2] - E[x]^2. For values
like 1e9 + noise both terms are about 1e18, where a float's spacing is 128, so their difference
(the variance, about 1) is pure rounding error and can even come out negative."""


class RunningStats:
    def __init__(self) -> None:
        self._n = 0
        self._sum = 0.0
        self._sumsq = 0.0

    def push(self, x: float) -> None:
        self._n += 1
        self._sum += x
        self._sumsq += x * x

    def count(self) -> int:
        return self._n

    def mean(self) -> float:
        if self._n == 0:
            raise ValueError("mean of an empty stream")
        return self._sum / self._n

    def variance(self, ddof: int = 0) -> float:
        if self._n - ddof <= 0:
            raise ValueError("not enough values")
        mean = self._sum / self._n
        return (self._sumsq - self._n * mean * mean) / (self._n - ddof)

    def merge(self, other: "RunningStats") -> "RunningStats":
        out = RunningStats()
        out._n = self._n + other._n
        out._sum = self._sum + other._sum
        out._sumsq = self._sumsq + other._sumsq
        return out
