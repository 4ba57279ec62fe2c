"""Wrong on the empty list: returns no permutations instead of the one empty arrangement."""


def permute_unique(nums: list[int]) -> list[list[int]]:
    if not nums:
        return []
    values = sorted(nums)
    result: list[list[int]] = []

    def place(rest: list[int], current: list[int]) -> None:
        if not rest:
            result.append(current)
            return
        for i, v in enumerate(rest):
            if i > 0 and v == rest[i - 1]:
                continue
            place(rest[:i] + rest[i + 1:], current + [v])

    place(values, [])
    return result
