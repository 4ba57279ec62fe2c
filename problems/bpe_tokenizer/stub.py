"""Byte-pair encoding: learn merge rules from a corpus, then encode text with them."""


def learn_bpe(corpus: str, num_merges: int) -> list[tuple[str, str]]:
    raise NotImplementedError("write your solution here")


def encode(text: str, merges: list[tuple[str, str]]) -> list[str]:
    raise NotImplementedError("write your solution here")
