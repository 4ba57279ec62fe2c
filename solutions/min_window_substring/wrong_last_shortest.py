"""Wrong on ties: keeps the last of several shortest windows (<= where < is needed) instead of the
leftmost one."""

from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    missing = len(t)
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing:
            continue
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        if right - left + 1 <= best_len:
            best_start, best_len = left, right - left + 1
        need[s[left]] += 1
        missing += 1
        left += 1
    return s[best_start:best_start + best_len] if best_len <= len(s) else ""
