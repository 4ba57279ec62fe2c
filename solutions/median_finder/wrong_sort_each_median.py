"""Wrong for the target complexity: add appends to a plain list and median() sorts it every
time. Correct answers, but each median costs at least O(n) (Timsort must at least scan the
list) and O(n log n) in general, so n adds with a median after each are O(n^2) or worse."""


class MedianFinder:
    def __init__(self) -> None:
        self.values: list[int] = []

    def add(self, num: int) -> None:
        self.values.append(num)

    def median(self) -> float:
        if not self.values:
            raise ValueError("no values")
        self.values.sort()
        n = len(self.values)
        k = n // 2
        if n % 2:
            return float(self.values[k])
        return (self.values[k - 1] + self.values[k]) / 2
