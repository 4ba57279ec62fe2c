"""Wrong: on a repeat, sets left = last[c] + 1 even when that occurrence is already outside the window.

In "abba", at the final "a" the last "a" was at index 0, before the window "b" (left = 2),
so left moves back to 1 and the window "bba", which repeats "b", is counted: 3 instead of 2.
The fix is left = max(left, last[c] + 1).
"""


def longest_substring(s: str) -> int:
    last = {}
    left = 0
    best = 0
    for right, ch in enumerate(s):
        if ch in last:
            left = last[ch] + 1
        last[ch] = right
        best = max(best, right - left + 1)
    return best
