"""Wrong for the target complexity: the right bottom-up table, but grown with
best = best + [fewest], which builds a new list holding the whole table for every amount. The
answers are right and the table work is O(amount * len(coins)), but the copies add
1 + 2 + ... + amount = O(amount^2). They happen inside list concatenation (C code), so operation
counting sees a linear algorithm and only the CPU-time guard sees the quadratic. best.append(fewest)
(or a table allocated up front) is O(1) per amount."""


def coin_change(coins: list[int], amount: int) -> int:
    impossible = amount + 1
    best = [0]  # best[a]: the fewest coins that make a
    for a in range(1, amount + 1):
        fewest = impossible
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < fewest:
                fewest = best[a - coin] + 1
        best = best + [fewest]
    return best[amount] if best[amount] != impossible else -1
