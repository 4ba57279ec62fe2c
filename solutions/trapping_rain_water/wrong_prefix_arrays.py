"""Wrong for the target space: correct and O(n) time, but it stores the prefix and suffix
maxima in two arrays of n ints, O(n) extra space where O(1) is asked for."""


def trap(heights: list[int]) -> int:
    n = len(heights)
    if n == 0:
        return 0
    left = [0] * n
    right = [0] * n
    left[0] = heights[0]
    for i in range(1, n):
        left[i] = max(left[i - 1], heights[i])
    right[n - 1] = heights[n - 1]
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], heights[i])
    return sum(min(left[i], right[i]) - heights[i] for i in range(n))
