"""Combination sum by backtracking over the sorted distinct candidates, stopping at the first one
larger than what remains; combinations come out non-decreasing and in lexicographic order."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(set(candidates))  # a repeated candidate adds nothing: values are reusable anyway
    result: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break  # sorted: every later value is larger still
            chosen.append(values[i])
            extend(i, remaining - values[i])  # i, not i + 1: the same value may be used again
            chosen.pop()

    extend(0, target)
    return result
