"""Valid Parentheses: True if every bracket in s is closed by its own type, in the right order."""


def is_valid(s: str) -> bool:
    raise NotImplementedError("write your solution here")
