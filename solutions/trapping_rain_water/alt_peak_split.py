"""Trapping rain water split at the highest bar: left of it the running maximum from the left decides, right of it the one from the right."""


def trap(heights: list[int]) -> int:
    n = len(heights)
    if n < 3:
        return 0
    peak = 0
    for i in range(1, n):
        if heights[i] > heights[peak]:
            peak = i
    water = 0
    best = 0
    for i in range(peak):  # the peak bounds every bar before it, so the left maximum is the lower side
        best = max(best, heights[i])
        water += best - heights[i]
    best = 0
    for i in range(n - 1, peak, -1):
        best = max(best, heights[i])
        water += best - heights[i]
    return water
