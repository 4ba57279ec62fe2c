"""Wrong on the empty row: the two-pointer sweep is right, but it seeds both maxima from the
end bars before checking the length, so trap([]) raises IndexError instead of returning 0."""


def trap(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max, right_max = heights[left], heights[right]
    water = 0
    while left < right:
        if left_max < right_max:
            left += 1
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
        else:
            right -= 1
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
    return water
