"""Minimum Window Substring: the shortest substring of s that contains every character of t."""


def min_window(s: str, t: str) -> str:
    raise NotImplementedError("write your solution here")
