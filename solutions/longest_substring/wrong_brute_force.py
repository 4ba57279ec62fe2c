"""Too slow: from every start, extend the substring until a character repeats.

The answers are right, but each start rescans up to the next repeat. When all characters
differ that is n + (n - 1) + ... + 1 steps: O(n^2) time.
"""


def longest_substring(s: str) -> int:
    best = 0
    for start in range(len(s)):
        seen = set()
        for ch in s[start:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best
