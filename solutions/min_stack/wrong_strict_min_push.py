"""Wrong on duplicates of the minimum: the stack of minima only grows when x is strictly smaller
than the current minimum, and pop removes its top whenever the popped value equals it. With two
equal minima on the stack there is only one entry for them, so popping the first loses the
second: push(2); push(1); push(1); pop(); get_min() gives 2 instead of 1 (and with push(1);
push(1); pop(), get_min() raises although a 1 is still on the stack)."""


class MinStack:
    def __init__(self) -> None:
        self.values: list[int] = []
        self.mins: list[int] = []

    def push(self, x: int) -> None:
        self.values.append(x)
        if not self.mins or x < self.mins[-1]:
            self.mins.append(x)

    def pop(self) -> None:
        if not self.values:
            raise IndexError("pop from an empty MinStack")
        x = self.values.pop()
        if x == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        if not self.values:
            raise IndexError("top of an empty MinStack")
        return self.values[-1]

    def get_min(self) -> int:
        if not self.mins:
            raise IndexError("get_min of an empty MinStack")
        return self.mins[-1]
