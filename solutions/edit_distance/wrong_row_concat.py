"""Wrong for the target complexity: the right two-row recurrence, but each row is grown with
cur = cur + [value], which copies the whole row so far for every cell. The answers are right and
the operations counted grow as n^2 (a list copy is one step in C), but the copying adds n^3 / 2
pointer copies: O(n^3) time. cur.append(value) (or a preallocated row) is O(1) per cell."""


def edit_distance(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur = cur + [prev[j - 1]]
            else:
                cur = cur + [1 + min(prev[j], cur[j - 1], prev[j - 1])]
        prev = cur
    return prev[-1]
