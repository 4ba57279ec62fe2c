"""Streaming mean and variance from sums of values shifted by the first value seen."""


class RunningStats:
    def __init__(self) -> None:
        self._n = 0
        self._shift = 0.0   # the first value: deviations from it are small on a large offset
        self._s1 = 0.0      # sum of (x - shift)
        self._s2 = 0.0      # sum of (x - shift)^2

    def push(self, x: float) -> None:
        x = float(x)
        if self._n == 0:
            self._shift = x
        d = x - self._shift
        self._n += 1
        self._s1 += d
        self._s2 += d * d

    def count(self) -> int:
        return self._n

    def mean(self) -> float:
        if self._n == 0:
            raise ValueError("no values pushed")
        return self._shift + self._s1 / self._n

    def variance(self, ddof: int = 0) -> float:
        if self._n <= ddof:
            raise ValueError("variance needs more values than ddof")
        centred = self._s2 - self._s1 * self._s1 / self._n
        return max(centred, 0.0) / (self._n - ddof)

    def merge(self, other: "RunningStats") -> "RunningStats":
        out = RunningStats()
        for part in (self, other):
            if part._n == 0:
                continue
            if out._n == 0:
                out._n, out._shift, out._s1, out._s2 = part._n, part._shift, part._s1, part._s2
                continue
            # Re-express the part's sums about out's shift: x - s = (x - s') + (s' - s).
            gap = part._shift - out._shift
            out._s2 += part._s2 + 2.0 * gap * part._s1 + part._n * gap * gap
            out._s1 += part._s1 + part._n * gap
            out._n += part._n
        return out
