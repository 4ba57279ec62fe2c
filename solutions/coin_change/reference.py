"""Coin Change, bottom-up: best[a] is the fewest coins making a, filled for a = 1..amount.

O(amount * len(coins)) time, O(amount) space. `amount + 1` marks 'impossible': no answer can
use more coins than the amount, since every coin is at least 1.
"""


def coin_change(coins: list[int], amount: int) -> int:
    impossible = amount + 1
    best = [0] + [impossible] * amount
    for a in range(1, amount + 1):
        fewest = impossible
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < fewest:
                fewest = best[a - coin] + 1
        best[a] = fewest
    return best[amount] if best[amount] != impossible else -1
