"""Word Search: whether the word can be traced on the board through side-adjacent cells."""


def exist(board: list[list[str]], word: str) -> bool:
    raise NotImplementedError("write your solution here")
