"""Wrong: merge short-cuts an empty side by returning the other summary itself, so the "new" result
is one of the inputs and pushing into it changes that input."""


class RunningStats:
    def __init__(self) -> None:
        self.n = 0
        self.mu = 0.0
        self.m2 = 0.0

    def push(self, x: float) -> None:
        self.n += 1
        delta = x - self.mu
        self.mu += delta / self.n
        self.m2 += delta * (x - self.mu)

    def count(self) -> int:
        return self.n

    def mean(self) -> float:
        if self.n == 0:
            raise ValueError("no values")
        return self.mu

    def variance(self, ddof: int = 0) -> float:
        if self.n <= ddof:
            raise ValueError("not enough values")
        return self.m2 / (self.n - ddof)

    def merge(self, other: "RunningStats") -> "RunningStats":
        if other.n == 0:
            return self
        if self.n == 0:
            return other
        out = RunningStats()
        out.n = self.n + other.n
        delta = other.mu - self.mu
        out.mu = self.mu + delta * other.n / out.n
        out.m2 = self.m2 + other.m2 + delta * delta * self.n * other.n / out.n
        return out
