"""Wrong for the target complexity: keeps the current minimum in one attribute, which is O(1)
on push, but when the popped value is the minimum it rescans the whole stack to find the new
one. Fine on average, O(n) per pop when the values were pushed in decreasing order (every pop
removes the minimum): O(n^2) to empty the stack."""


class MinStack:
    def __init__(self) -> None:
        self.values: list[int] = []
        self.minimum: int | None = None

    def push(self, x: int) -> None:
        self.values.append(x)
        if self.minimum is None or x < self.minimum:
            self.minimum = x

    def pop(self) -> None:
        if not self.values:
            raise IndexError("pop from an empty MinStack")
        x = self.values.pop()
        if x == self.minimum:
            self.minimum = min(self.values) if self.values else None

    def top(self) -> int:
        if not self.values:
            raise IndexError("top of an empty MinStack")
        return self.values[-1]

    def get_min(self) -> int:
        if not self.values:
            raise IndexError("get_min of an empty MinStack")
        return self.minimum
