"""Word Ladder: the number of words in a shortest ladder from begin to end, or 0 if none."""


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    raise NotImplementedError("write your solution here")
