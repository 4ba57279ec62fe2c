"""Wrong for the target complexity: from every bar, walk left and right while the bars are at
least as high (correct answers, O(n^2) on level or sorted bars)."""


def largest_rectangle(heights: list[int]) -> int:
    best = 0
    n = len(heights)
    for i, h in enumerate(heights):
        left = i
        while left > 0 and heights[left - 1] >= h:
            left -= 1
        right = i
        while right < n - 1 and heights[right + 1] >= h:
            right += 1
        best = max(best, h * (right - left + 1))
    return best
