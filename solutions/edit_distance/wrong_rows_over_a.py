"""Wrong for the target space: two rolling rows, but always of length len(a) + 1, without
first making the shorter string run along the rows. Every answer is right and the space is
fine when a is the shorter one, but for a long a and a short b the rows are O(max(m, n)),
not O(min(m, n))."""


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(a) + 1))  # from the empty prefix of b: i deletes
    for j, cb in enumerate(b, 1):
        cur = [j] + [0] * len(a)
        for i, ca in enumerate(a, 1):
            if ca == cb:
                cur[i] = prev[i - 1]
            else:
                cur[i] = 1 + min(prev[i], cur[i - 1], prev[i - 1])
        prev = cur
    return prev[-1]
