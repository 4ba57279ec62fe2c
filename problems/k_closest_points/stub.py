"""K Closest Points to the Origin: the k points nearest (0, 0), ties broken by index."""


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    raise NotImplementedError("write your solution here")
