"""Word Search II: every word of the list that can be traced on the board."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    raise NotImplementedError("write your solution here")
