"""Wrong: every level tries all candidates from the first one again, so the same combination comes
out once per ordering of its values ([2, 3, 3], [3, 2, 3], [3, 3, 2], ...)."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(set(candidates))
    result: list[list[int]] = []
    chosen: list[int] = []

    def extend(remaining: int) -> None:
        if remaining == 0:
            result.append(chosen.copy())
            return
        for v in values:
            if v > remaining:
                break
            chosen.append(v)
            extend(remaining - v)
            chosen.pop()

    extend(target)
    return sorted(result)
