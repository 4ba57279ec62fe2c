"""Capacity to Ship Packages Within D Days: the least ship capacity that ships all packages in time."""


def ship_within_days(weights: list[int], days: int) -> int:
    raise NotImplementedError("write your solution here")
