"""Word search by backtracking from every cell, marking the cells on the current path and restoring
them on the way back; a letter count check first rejects words the board cannot spell."""

from collections import Counter


def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    have = Counter(ch for row in board for ch in row)
    if any(have[ch] < k for ch, k in Counter(word).items()):
        return False  # some letter is needed more often than the board holds it

    def walk(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"  # in use on this path
        try:
            return any(0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1)
                       for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
        finally:
            board[r][c] = word[i]  # restored even when the word was found below

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
