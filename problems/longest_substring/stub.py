"""Longest substring without repeating characters: return its length (0 for the empty string)."""


def longest_substring(s: str) -> int:
    raise NotImplementedError("write your solution here")
