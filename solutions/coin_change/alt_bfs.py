"""Coin change as a breadth-first search over amounts: the level at which the amount is first reached is the fewest coins."""


def coin_change(coins: list[int], amount: int) -> int:
    if amount == 0:
        return 0
    usable = sorted({c for c in coins if c <= amount})
    seen = bytearray(amount + 1)
    seen[0] = 1
    level = [0]
    count = 0
    while level:
        count += 1
        following = []
        for total in level:
            for coin in usable:
                reached = total + coin
                if reached > amount:
                    break  # the coins are sorted: every later one overshoots too
                if reached == amount:
                    return count
                if not seen[reached]:
                    seen[reached] = 1
                    following.append(reached)
        level = following
    return -1
