"""Trapping Rain Water with two pointers: O(n) time, O(1) extra space.

The lower of the two running maxima decides: if heights[left] < heights[right], some bar at or
right of `right` is higher than heights[left], so the level above `left` is set by left_max
alone, and that bar is settled.
"""


def trap(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max = right_max = 0
    water = 0
    while left < right:
        if heights[left] < heights[right]:
            if heights[left] > left_max:
                left_max = heights[left]
            else:
                water += left_max - heights[left]
            left += 1
        else:
            if heights[right] > right_max:
                right_max = heights[right]
            else:
                water += right_max - heights[right]
            right -= 1
    return water
