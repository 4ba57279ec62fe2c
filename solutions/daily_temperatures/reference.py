"""Daily temperatures with a stack of days still waiting for a warmer one: O(n) time, O(n) space."""


def daily_temperatures(temps: list[int]) -> list[int]:
    wait = [0] * len(temps)
    stack: list[int] = []  # indices; their temperatures never increase from bottom to top
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
