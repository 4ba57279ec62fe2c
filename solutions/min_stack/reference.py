"""Min stack with a second stack of running minima: every operation O(1), O(n) space.

mins[k] is the smallest of values[0..k], so when values shrinks back to k + 1 entries the
minimum of what is left is already waiting on top of mins.
"""


class MinStack:
    def __init__(self) -> None:
        self.values: list[int] = []
        self.mins: list[int] = []

    def push(self, x: int) -> None:
        self.values.append(x)
        self.mins.append(x if not self.mins or x < self.mins[-1] else self.mins[-1])

    def pop(self) -> None:
        if not self.values:
            raise IndexError("pop from an empty MinStack")
        self.values.pop()
        self.mins.pop()

    def top(self) -> int:
        if not self.values:
            raise IndexError("top of an empty MinStack")
        return self.values[-1]

    def get_min(self) -> int:
        if not self.mins:
            raise IndexError("get_min of an empty MinStack")
        return self.mins[-1]
