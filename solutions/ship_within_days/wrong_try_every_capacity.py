"""Wrong for the target complexity: tries capacities upwards from the heaviest package until one
fits in the days (correct answers; sum(weights) - max(weights) tries when days is small, O(n^2))."""


def ship_within_days(weights: list[int], days: int) -> int:
    capacity = max(weights)
    while True:
        used, load = 1, 0
        for w in weights:
            if load + w > capacity:
                used += 1
                load = 0
            load += w
        if used <= days:
            return capacity
        capacity += 1
