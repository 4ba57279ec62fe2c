"""Wrong for the target complexity: the recursive definition without memoisation. Correct, but
each mismatch branches three ways and the same suffix pairs are solved over and over:
exponential time, hopeless beyond a dozen characters (and one frame per character deep)."""


def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b),      # delete a[0]
                   edit_distance(a, b[1:]),      # insert b[0]
                   edit_distance(a[1:], b[1:]))  # substitute
