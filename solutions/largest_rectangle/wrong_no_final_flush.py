"""Wrong on an edge case: the monotonic stack without a sentinel, so the bars still on the stack
after the last bar (all of them when the heights only rise) are never measured."""


def largest_rectangle(heights: list[int]) -> int:
    best = 0
    stack: list[int] = []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    return best
