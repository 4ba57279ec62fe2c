"""Longest substring without repeats with a window and a set: shrink from the left until the new character is free."""


def longest_substring(s: str) -> int:
    window: set[str] = set()
    left = best = 0
    for right, ch in enumerate(s):
        while ch in window:  # every character leaves the window at most once: O(n) in all
            window.discard(s[left])
            left += 1
        window.add(ch)
        best = max(best, right - left + 1)
    return best
