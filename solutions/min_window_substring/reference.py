"""Minimum window substring with a sliding window and a count of characters still missing: O(n + m) time."""

from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)        # how many more of each character the window needs (negative: spare)
    missing = len(t)         # total characters of t not yet covered
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing:
            continue
        while need[s[left]] < 0:   # drop spare characters from the left
            need[s[left]] += 1
            left += 1
        if right - left + 1 < best_len:   # strictly shorter: the leftmost of equal windows stays
            best_start, best_len = left, right - left + 1
        need[s[left]] += 1    # give up the leftmost needed character and look for the next window
        missing += 1
        left += 1
    return s[best_start:best_start + best_len] if best_len <= len(s) else ""
