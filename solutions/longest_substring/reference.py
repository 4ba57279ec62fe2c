"""Longest substring without repeats: a sliding window with each character's last index.

The window s[left:right + 1] never holds a repeat. When s[right] was last seen inside the
window, left jumps just past that occurrence; an occurrence before left is already outside
and must not pull left back. O(n) time, O(min(n, k)) space for k distinct characters.
"""


def longest_substring(s: str) -> int:
    last: dict[str, int] = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        seen = last.get(ch)
        if seen is not None and seen >= left:
            left = seen + 1
        last[ch] = right
        if right - left + 1 > best:
            best = right - left + 1
    return best
