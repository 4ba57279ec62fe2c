"""Largest rectangle from the nearest lower bar on each side, found by jumping along earlier answers
(each bar's boundary is reached by skipping whole runs of higher bars): O(n) amortised, no stack."""


def largest_rectangle(heights: list[int]) -> int:
    n = len(heights)
    if n == 0:
        return 0
    lower_left = [0] * n
    for i in range(n):
        j = i - 1
        while j >= 0 and heights[j] >= heights[i]:
            j = lower_left[j]
        lower_left[i] = j
    lower_right = [0] * n
    for i in range(n - 1, -1, -1):
        j = i + 1
        while j < n and heights[j] >= heights[i]:
            j = lower_right[j]
        lower_right[i] = j
    return max(heights[i] * (lower_right[i] - lower_left[i] - 1) for i in range(n))
