"""Wrong for the target complexity: a sliding window that checks every character of t against the
window's counts after each step (correct answers; O(n * d) for d distinct characters in t, which
is quadratic when t has many distinct characters)."""

from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    have: Counter[str] = Counter()
    best = ""
    left = 0
    for right, ch in enumerate(s):
        have[ch] += 1
        while all(have[c] >= k for c, k in need.items()):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            have[s[left]] -= 1
            left += 1
    return best
