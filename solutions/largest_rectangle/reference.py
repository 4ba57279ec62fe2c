"""Largest rectangle in a histogram with a stack of indices of increasing height: O(n) time, O(n) space."""


def largest_rectangle(heights: list[int]) -> int:
    best = 0
    stack: list[int] = []  # indices; their heights increase from bottom to top
    n = len(heights)
    for i in range(n + 1):
        h = heights[i] if i < n else 0  # a sentinel bar of height 0 flushes the stack at the end
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    return best
