"""Wrong: skips a value equal to its left neighbour in the input without sorting first, so equal
values that are not next to each other still produce repeated permutations (and the order is
not lexicographic)."""


def permute_unique(nums: list[int]) -> list[list[int]]:
    n = len(nums)
    used = [False] * n
    current: list[int] = []
    result: list[list[int]] = []

    def place() -> None:
        if len(current) == n:
            result.append(current.copy())
            return
        for i in range(n):
            if used[i] or (i > 0 and nums[i] == nums[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            current.append(nums[i])
            place()
            current.pop()
            used[i] = False

    place()
    return result
