"""Wrong for the target complexity: skips an equal value only when its twin is already in use
(`used[i - 1]` where `not used[i - 1]` is meant). The answers are right, but whole subtrees are
explored before the rule rejects them: with many copies of one value the search still visits
on the order of n! partial arrangements."""


def permute_unique(nums: list[int]) -> list[list[int]]:
    values = sorted(nums)
    n = len(values)
    used = [False] * n
    current: list[int] = []
    result: list[list[int]] = []

    def place() -> None:
        if len(current) == n:
            result.append(current.copy())
            return
        for i in range(n):
            if used[i] or (i > 0 and values[i] == values[i - 1] and used[i - 1]):
                continue
            used[i] = True
            current.append(values[i])
            place()
            current.pop()
            used[i] = False

    place()
    return result
