"""Wrong for the target complexity: scans forward from every day for a warmer one (correct answers,
O(n^2) when the temperatures fall or stay level)."""


def daily_temperatures(temps: list[int]) -> list[int]:
    wait = []
    for i, t in enumerate(temps):
        j = i + 1
        while j < len(temps) and temps[j] <= t:
            j += 1
        wait.append(j - i if j < len(temps) else 0)
    return wait
