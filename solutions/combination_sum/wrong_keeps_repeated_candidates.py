"""Wrong on repeated candidates: sorts the candidates but keeps repeats, so a value listed twice
starts the same combinations twice."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(candidates)
    result: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            chosen.append(values[i])
            extend(i, remaining - values[i])
            chosen.pop()

    extend(0, target)
    return result
