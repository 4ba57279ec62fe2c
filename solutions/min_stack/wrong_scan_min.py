"""Wrong for the target complexity: get_min scans the whole stack with min(). Correct answers,
but O(n) per get_min instead of O(1), so n calls cost O(n^2)."""


class MinStack:
    def __init__(self) -> None:
        self.values: list[int] = []

    def push(self, x: int) -> None:
        self.values.append(x)

    def pop(self) -> None:
        if not self.values:
            raise IndexError("pop from an empty MinStack")
        self.values.pop()

    def top(self) -> int:
        if not self.values:
            raise IndexError("top of an empty MinStack")
        return self.values[-1]

    def get_min(self) -> int:
        if not self.values:
            raise IndexError("get_min of an empty MinStack")
        return min(self.values)
