"""Wrong: binary search that moves hi to mid - 1 when mid is feasible, so it can step past the
smallest feasible capacity and return one that is too small."""


def ship_within_days(weights: list[int], days: int) -> int:
    def days_needed(capacity: int) -> int:
        used, load = 1, 0
        for w in weights:
            if load + w > capacity:
                used += 1
                load = 0
            load += w
        return used

    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(mid) <= days:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
