"""Wrong on equal temperatures: pops while the waiting day is not warmer (<=), so a later day of
the same temperature answers it."""


def daily_temperatures(temps: list[int]) -> list[int]:
    wait = [0] * len(temps)
    stack: list[int] = []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] <= t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
