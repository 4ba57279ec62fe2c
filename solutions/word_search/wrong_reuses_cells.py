"""Wrong: never marks the cells on the current path, so a word may step back onto a cell it
already used ("ABA" found on a board with one A next to one B)."""


def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])

    def walk(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        return any(0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1)
                   for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
