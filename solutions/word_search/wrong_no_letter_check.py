"""Wrong for the target complexity: plain backtracking with no letter count check (correct
answers; on a board of one letter and a word that ends in a letter the board lacks, it walks
every path from every cell before saying False)."""


def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])

    def walk(r: int, c: int, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"
        found = any(0 <= nr < rows and 0 <= nc < cols and walk(nr, nc, i + 1)
                    for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
        board[r][c] = word[i]
        return found

    return any(walk(r, c, 0) for r in range(rows) for c in range(cols))
