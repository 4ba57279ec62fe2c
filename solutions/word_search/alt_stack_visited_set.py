"""Word search with an explicit stack of (cell, letter index, next direction) and a set of the
cells on the current path; the board itself is never written to. Letter counts are compared
first."""


def exist(board: list[list[str]], word: str) -> bool:
    rows, cols = len(board), len(board[0])
    available: dict[str, int] = {}
    for row in board:
        for ch in row:
            available[ch] = available.get(ch, 0) + 1
    for ch in set(word):
        if word.count(ch) > available.get(ch, 0):
            return False
    steps = ((-1, 0), (1, 0), (0, -1), (0, 1))
    for r0 in range(rows):
        for c0 in range(cols):
            if board[r0][c0] != word[0]:
                continue
            if len(word) == 1:
                return True
            path = {(r0, c0)}
            stack = [[r0, c0, 0, 0]]  # row, col, index of its letter in word, next direction to try
            while stack:
                top = stack[-1]
                r, c, i, d = top
                if d == 4:
                    stack.pop()
                    path.discard((r, c))
                    continue
                top[3] += 1
                nr, nc = r + steps[d][0], c + steps[d][1]
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in path and board[nr][nc] == word[i + 1]:
                    if i + 1 == len(word) - 1:
                        return True
                    path.add((nr, nc))
                    stack.append([nr, nc, i + 1, 0])
    return False
