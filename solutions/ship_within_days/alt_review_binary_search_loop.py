class Solution:
    def shipWithinDays(self, weights, days):
        lo, hi = max(weights), sum(weights)
        while lo < hi:
            mid = (lo + hi) // 2
            need, cur = 1, 0
            for w in weights:
                if cur + w > mid:
                    need += 1
                    cur = 0
                cur += w
            if need > days:
                lo = mid + 1
            else:
                hi = mid
        return lo


def ship_within_days(weights: list[int], days: int) -> int:
    return Solution().shipWithinDays(weights, days)
