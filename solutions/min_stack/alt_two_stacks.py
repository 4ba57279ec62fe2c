"""Min stack with a second stack of minima, pushed only when a value is at or below the current minimum."""


class MinStack:
    def __init__(self) -> None:
        self.values: list[int] = []
        self.minima: list[int] = []  # every copy of a minimum is pushed, so pops stay in step

    def push(self, x: int) -> None:
        self.values.append(x)
        if not self.minima or x <= self.minima[-1]:
            self.minima.append(x)

    def pop(self) -> None:
        if not self.values:
            raise IndexError("pop from an empty stack")
        if self.values.pop() == self.minima[-1]:
            self.minima.pop()

    def top(self) -> int:
        if not self.values:
            raise IndexError("top of an empty stack")
        return self.values[-1]

    def get_min(self) -> int:
        if not self.minima:
            raise IndexError("get_min of an empty stack")
        return self.minima[-1]
