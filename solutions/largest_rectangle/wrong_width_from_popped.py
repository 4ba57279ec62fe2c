"""Wrong: the monotonic stack, but a popped bar's width is measured from its own index to i, so
the taller bars popped before it on its left are left out of its rectangle."""


def largest_rectangle(heights: list[int]) -> int:
    best = 0
    stack: list[int] = []
    n = len(heights)
    for i in range(n + 1):
        h = heights[i] if i < n else 0
        while stack and heights[stack[-1]] >= h:
            j = stack.pop()
            best = max(best, heights[j] * (i - j))
        stack.append(i)
    return best
