"""Wrong on the board: marks cells with '#' while searching and returns True as soon as the word
is found, without restoring the cells on the path (the caller's board is left changed)."""

from collections import Counter


def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < k for ch, k in Counter(word).items()):
        return False

    def walk(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1):
                return True
        board[r][c] = word[i]
        return False

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
