from collections import Counter


class Solution:
    def exist(self, board, word):
        rows, cols = len(board), len(board[0])
        have = Counter(c for row in board for c in row)
        for ch, cnt in Counter(word).items():
            if have[ch] < cnt:
                return False

        def dfs(r, c, i):
            if i == len(word):
                return True
            if r < 0 or c < 0 or r >= rows or c >= cols or board[r][c] != word[i]:
                return False
            tmp = board[r][c]
            board[r][c] = "#"
            found = (dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1)
                     or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1))
            board[r][c] = tmp
            return found

        for r in range(rows):
            for c in range(cols):
                if dfs(r, c, 0):
                    return True
        return False


def exist(board: list[list[str]], word: str) -> bool:
    return Solution().exist(board, word)
