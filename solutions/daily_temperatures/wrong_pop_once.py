"""Wrong: a warmer day answers only the day on top of the stack (an `if` where a `while` is
needed), so the colder days below it keep waiting."""


def daily_temperatures(temps: list[int]) -> list[int]:
    wait = [0] * len(temps)
    stack: list[int] = []
    for i, t in enumerate(temps):
        if stack and temps[stack[-1]] < t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
