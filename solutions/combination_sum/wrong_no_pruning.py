"""Wrong for the target complexity: recurses into every candidate and only then notices the amount
went negative (correct answers; every node of the search pays for every candidate, however large)."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(set(candidates))
    result: list[list[int]] = []

    def extend(start: int, remaining: int, chosen: list[int]) -> None:
        if remaining < 0:
            return
        if remaining == 0:
            result.append(chosen)
            return
        for i in range(start, len(values)):
            extend(i, remaining - values[i], chosen + [values[i]])

    extend(0, target, [])
    return result
