"""Wrong on amount 0: the table uses 0 to mean 'not reachable', which is also the true answer
for amount 0, so coin_change(coins, 0) returns -1 instead of 0. Every other amount is right."""


def coin_change(coins: list[int], amount: int) -> int:
    best = [0] * (amount + 1)  # 0: not reachable (yet)
    for a in range(1, amount + 1):
        for coin in coins:
            if coin == a:
                best[a] = 1
            elif coin < a and best[a - coin] and (best[a] == 0 or best[a - coin] + 1 < best[a]):
                best[a] = best[a - coin] + 1
    return best[amount] if best[amount] else -1
