"""Wrong for the target complexity: a separate backtracking search for every word from every cell
(correct answers; the work is multiplied by the number of words, quadratic when words and board
grow together)."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    rows, cols = len(board), len(board[0])
    on_board = {ch for row in board for ch in row}

    def match(r: int, c: int, word: str, i: int) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        board[r][c] = "#"
        ok = any(0 <= nr < rows and 0 <= nc < cols and match(nr, nc, word, i + 1)
                 for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
        board[r][c] = word[i]
        return ok

    found = []
    for word in words:
        if not set(word) <= on_board:
            continue
        if any(match(r, c, word, 0) for r in range(rows) for c in range(cols)):
            found.append(word)
    return sorted(found)
