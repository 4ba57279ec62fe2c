"""Minimum window over the positions of s whose character occurs in t only, with a count of how
many distinct characters are satisfied: two pointers over that shorter list, O(n + m)."""


def min_window(s: str, t: str) -> str:
    required: dict[str, int] = {}
    for ch in t:
        required[ch] = required.get(ch, 0) + 1
    positions = [i for i, ch in enumerate(s) if ch in required]
    window: dict[str, int] = {}
    satisfied = 0
    best = None  # (length, start)
    lo = 0
    for hi in range(len(positions)):
        ch = s[positions[hi]]
        window[ch] = window.get(ch, 0) + 1
        if window[ch] == required[ch]:
            satisfied += 1
        while satisfied == len(required):
            start, end = positions[lo], positions[hi]
            if best is None or end - start + 1 < best[0]:
                best = (end - start + 1, start)
            out = s[start]
            window[out] -= 1
            if window[out] < required[out]:
                satisfied -= 1
            lo += 1
    if best is None:
        return ""
    return s[best[1]:best[1] + best[0]]
