"""Coin Change: the fewest coins adding up to amount (unlimited coins of each value), or -1."""


def coin_change(coins: list[int], amount: int) -> int:
    raise NotImplementedError("write your solution here")
