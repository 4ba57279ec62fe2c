"""Min Stack: push, pop, top and get_min, all in O(1)."""


class MinStack:
    def __init__(self) -> None:
        raise NotImplementedError("write your solution here")

    def push(self, x: int) -> None:
        raise NotImplementedError("write your solution here")

    def pop(self) -> None:
        raise NotImplementedError("write your solution here")

    def top(self) -> int:
        raise NotImplementedError("write your solution here")

    def get_min(self) -> int:
        raise NotImplementedError("write your solution here")
