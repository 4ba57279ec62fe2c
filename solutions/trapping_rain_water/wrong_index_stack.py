"""Wrong for the target space: a stack of indices of bars not yet closed by a higher bar on
the right. Every answer is right and the time is O(n), but on falling bars nothing is ever
popped, so the stack holds every index: O(n) extra space where O(1) is asked."""


def trap(heights: list[int]) -> int:
    stack: list[int] = []
    water = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] < h:
            bottom = heights[stack.pop()]
            if not stack:
                break
            left = stack[-1]
            water += (min(heights[left], h) - bottom) * (i - left - 1)
        stack.append(i)
    return water
