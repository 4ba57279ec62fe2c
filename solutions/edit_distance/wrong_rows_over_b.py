"""Wrong for the target space: two rolling rows of length len(b) + 1, without first swapping the
strings so that b is the shorter one. Every answer is right and the space is fine when b is
the shorter string, but for a short a and a long b the rows are O(max(m, n)), not
O(min(m, n))."""


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))  # from the empty prefix of a: j inserts
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
        prev = cur
    return prev[-1]
