"""Wrong for the target complexity: a recursive-descent parser, one call per nesting level.
Every answer is right for shallow strings, but a string nested 50,000 deep (which the prompt
allows) goes past Python's recursion limit of about 1,000 calls."""

PAIRS = {"(": ")", "[": "]", "{": "}"}


def is_valid(s: str) -> bool:
    n = len(s)

    def parse(i: int) -> int | None:
        """Read a run of balanced groups from i; the index where it stops, or None if invalid."""
        while i < n and s[i] in PAIRS:
            j = parse(i + 1)
            if j is None or j >= n or s[j] != PAIRS[s[i]]:
                return None
            i = j + 1
        return i

    return parse(0) == n
