"""Wrong base column: the rolling rows start as [0] * (n + 1) and the first entry of each new
row is never set to i, so 'delete the first i characters of a' costs 0 instead of i. Right
when a prefix of a never has to be deleted, wrong otherwise: ("ab", "b") gives 0 instead of 1,
and ("abc", "") gives 0 instead of 3."""


def edit_distance(a: str, b: str) -> int:
    n = len(b)
    prev = list(range(n + 1))
    for i in range(1, len(a) + 1):
        cur = [0] * (n + 1)
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[n]
