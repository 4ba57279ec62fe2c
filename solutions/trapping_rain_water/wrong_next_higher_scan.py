"""Wrong for the target complexity: from each wall, scan right for the next bar at least as
high and fill up to it; when there is none, fill up to the highest bar on the right instead.
Every answer is right, and rows with a high bar near each end take O(n), but on falling bars
no later bar is ever as high, so every bar scans to the end: O(n^2)."""


def trap(heights: list[int]) -> int:
    n = len(heights)
    water = 0
    i = 0
    while i < n - 1:
        j = i + 1
        while j < n and heights[j] < heights[i]:
            j += 1
        if j == n:  # nothing as high on the right: the highest bar there is the other wall
            j = i + 1
            for k in range(i + 2, n):
                if heights[k] > heights[j]:
                    j = k
        level = min(heights[i], heights[j])
        for k in range(i + 1, j):
            water += level - heights[k]
        i = j
    return water
