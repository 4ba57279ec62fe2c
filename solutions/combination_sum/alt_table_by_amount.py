"""Combination sum bottom-up: ways[a] lists the combinations summing to a, built one candidate
value at a time in increasing order (as in counting coin change), so each combination is formed
once and already non-decreasing; sort at the end."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    ways: list[list[list[int]]] = [[] for _ in range(target + 1)]
    ways[0] = [[]]
    for value in sorted(set(candidates)):
        for amount in range(value, target + 1):
            for combo in ways[amount - value]:
                ways[amount].append(combo + [value])
    return sorted(ways[target])
