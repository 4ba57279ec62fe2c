"""Cycle in a directed graph: True if some path of edges u -> v leads from a node back to itself."""


def has_cycle(n: int, edges: list[list[int]]) -> bool:
    raise NotImplementedError("write your solution here")
