"""Streaming mean and variance in one pass with O(1) memory, plus merging two partial summaries."""


class RunningStats:
    def __init__(self) -> None:
        raise NotImplementedError("write your solution here")

    def push(self, x: float) -> None:
        """Add one value to the stream."""
        raise NotImplementedError

    def count(self) -> int:
        """How many values were pushed."""
        raise NotImplementedError

    def mean(self) -> float:
        """The mean of the values so far (ValueError if there are none)."""
        raise NotImplementedError

    def variance(self, ddof: int = 0) -> float:
        """sum((x - mean)^2) / (count - ddof); ValueError unless count > ddof."""
        raise NotImplementedError

    def merge(self, other: "RunningStats") -> "RunningStats":
        """A new RunningStats summarising both streams; self and other are left unchanged."""
        raise NotImplementedError
