"""Daily temperatures from the last day backwards, jumping along the answers already known: from
day i, try i + 1, and while that day is not warmer skip ahead by its own wait (0 means nothing
warmer follows it). O(n) amortised, no stack."""


def daily_temperatures(temps: list[int]) -> list[int]:
    n = len(temps)
    wait = [0] * n
    for i in range(n - 2, -1, -1):
        j = i + 1
        while temps[j] <= temps[i]:
            if wait[j] == 0:
                j = -1
                break
            j += wait[j]
        if j != -1:
            wait[i] = j - i
    return wait
