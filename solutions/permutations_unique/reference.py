"""Distinct permutations by backtracking over the sorted values, never placing a value at a position
where an equal value was already tried: O(n * answers) time, in lexicographic order."""


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
            # Equal values are used left to right, so each arrangement is built exactly once.
            if used[i] or (i > 0 and values[i] == values[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            current.append(values[i])
            place()
            current.pop()
            used[i] = False

    place()
    return result
