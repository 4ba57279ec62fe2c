"""Edit distance with a single DP row over the shorter string, carrying the diagonal cell in a variable."""


def edit_distance(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a  # the row runs over b, the shorter string
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        diagonal = row[0]  # d(i - 1, 0)
        row[0] = i
        for j, cb in enumerate(b, start=1):
            above = row[j]  # d(i - 1, j), becomes the diagonal for j + 1
            if ca == cb:
                row[j] = diagonal
            else:
                row[j] = 1 + min(diagonal, above, row[j - 1])
            diagonal = above
    return row[-1]
