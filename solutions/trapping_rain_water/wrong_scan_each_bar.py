"""Wrong for the target complexity: for every bar, scans all the way left and all the way right
for the highest bars. Correct answers, but O(n^2) time."""


def trap(heights: list[int]) -> int:
    n = len(heights)
    water = 0
    for i in range(1, n - 1):
        left_max = 0
        for j in range(i, -1, -1):
            left_max = max(left_max, heights[j])
        right_max = 0
        for j in range(i, n):
            right_max = max(right_max, heights[j])
        water += min(left_max, right_max) - heights[i]
    return water
