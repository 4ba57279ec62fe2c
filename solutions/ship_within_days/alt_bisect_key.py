"""Least ship capacity with bisect over the range of capacities, keyed by whether a capacity fits
the packages in the days (a greedy count that stops once it runs out of days): O(n log(sum))."""

from bisect import bisect_left


def ship_within_days(weights: list[int], days: int) -> int:
    def fits(capacity: int) -> bool:
        trips = 1
        on_board = 0
        for w in weights:
            on_board += w
            if on_board > capacity:
                trips += 1
                on_board = w
                if trips > days:
                    return False
        return True

    low, high = max(weights), sum(weights)
    capacities = range(low, high + 1)
    return low + bisect_left(capacities, True, key=fits)
