"""Wrong for the target space: the full (m + 1) x (n + 1) table. Every answer is right and the
time is O(m*n), but the table is O(m*n) extra space, although each row only ever reads the row
above it: two rows (O(min(m, n))) are enough."""


def edit_distance(a: str, b: str) -> int:
    m, n = len(a), len(b)
    d = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        d[i][0] = i
    for j in range(n + 1):
        d[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                d[i][j] = d[i - 1][j - 1]
            else:
                d[i][j] = 1 + min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1])
    return d[m][n]
