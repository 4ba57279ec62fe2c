"""Median of a Data Stream: add integers one at a time; report the median of all of them so far."""


class MedianFinder:
    def __init__(self) -> None:
        raise NotImplementedError("write your solution here")

    def add(self, num: int) -> None:
        raise NotImplementedError("write your solution here")

    def median(self) -> float:
        raise NotImplementedError("write your solution here")
