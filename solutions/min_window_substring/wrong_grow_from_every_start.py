"""Wrong for the target complexity: from every start, grow the window to the right until it covers
t (correct answers; O(n^2) when no window exists or windows are long)."""

from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    best = ""
    for start in range(len(s)):
        missing = len(t)
        counts = dict(need)
        for end in range(start, len(s)):
            ch = s[end]
            if counts.get(ch, 0) > 0:
                missing -= 1
            counts[ch] = counts.get(ch, 0) - 1
            if missing == 0:
                if not best or end - start + 1 < len(best):
                    best = s[start:end + 1]
                break
    return best
