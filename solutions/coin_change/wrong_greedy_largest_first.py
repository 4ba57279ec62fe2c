"""Wrong: greedy, taking as many of the largest coin as fit, then the next largest. That is
optimal for some coin systems but not in general: with [1, 3, 4] and amount 6 it pays
4 + 1 + 1 instead of 3 + 3, and with [5, 2] and amount 6 it gets stuck after the 5."""


def coin_change(coins: list[int], amount: int) -> int:
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
