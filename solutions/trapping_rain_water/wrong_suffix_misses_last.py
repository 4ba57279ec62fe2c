"""Wrong: prefix and suffix maxima where the suffix array is filled from n - 2 down and the
last bar is never put into it (right[n - 1] stays 0). A row whose right wall is its last bar,
such as [2, 0, 2], is treated as draining to the right, and the last bar itself adds a
negative amount."""


def trap(heights: list[int]) -> int:
    n = len(heights)
    left = [0] * n
    right = [0] * n
    if n:
        left[0] = heights[0]
    for i in range(1, n):
        left[i] = max(left[i - 1], heights[i])
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], heights[i])
    return sum(min(left[i], right[i]) - heights[i] for i in range(n))
