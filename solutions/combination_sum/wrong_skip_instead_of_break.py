"""Wrong for the target complexity: checks each candidate against the remaining amount but skips
it with `continue` instead of stopping, so every node still scans all the candidates (correct
answers; the sort's benefit is thrown away)."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(set(candidates))
    result: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(chosen.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                continue
            chosen.append(values[i])
            extend(i, remaining - values[i])
            chosen.pop()

    extend(0, target)
    return result
