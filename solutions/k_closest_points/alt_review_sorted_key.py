class Solution:
    def kClosest(self, points, k):
        return [list(p) for p in sorted(points, key=lambda p: p[0] * p[0] + p[1] * p[1])[:k]]


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    return Solution().kClosest(points, k)
