"""Wrong for the target complexity: divide and conquer at the lowest bar (correct answers; the
split is lopsided on sorted bars, so O(n^2) time and n levels of recursion)."""


def largest_rectangle(heights: list[int]) -> int:
    def solve(lo: int, hi: int) -> int:
        if lo >= hi:
            return 0
        low = min(range(lo, hi), key=heights.__getitem__)
        return max(heights[low] * (hi - lo), solve(lo, low), solve(low + 1, hi))

    return solve(0, len(heights))
