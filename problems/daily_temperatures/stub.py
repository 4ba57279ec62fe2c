"""Daily Temperatures: for each day, the number of days until a strictly warmer one (0 if none)."""


def daily_temperatures(temps: list[int]) -> list[int]:
    raise NotImplementedError("write your solution here")
