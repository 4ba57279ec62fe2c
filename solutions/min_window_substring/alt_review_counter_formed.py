from collections import Counter


class Solution:
    def minWindow(self, s, t):
        if not t or not s:
            return ""
        need = Counter(t)
        missing = len(t)
        left = 0
        best_start, best_len = 0, float("inf")
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return "" if best_len == float("inf") else s[best_start:best_start + best_len]


def min_window(s: str, t: str) -> str:
    return Solution().minWindow(s, t)
