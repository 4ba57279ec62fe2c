"""Edit distance with two rolling rows: O(m*n) time, O(min(m, n)) extra space.

prev[j] is the distance between the first i - 1 characters of a and the first j characters of
b; cur is the next row. The shorter string runs along the rows, so a row has min(m, n) + 1
entries.
"""


def edit_distance(a: str, b: str) -> int:
    if len(b) > len(a):
        a, b = b, a
    prev = list(range(len(b) + 1))  # from the empty prefix of a: j inserts
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)  # to the empty prefix of b: i deletes
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[-1]
