class Solution:
    def findWords(self, board, words):
        root = {}
        for w in words:
            node = root
            for c in w:
                node = node.setdefault(c, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        res = []

        def dfs(r, c, parent):
            letter = board[r][c]
            node = parent[letter]
            word = node.pop("$", None)
            if word:
                res.append(word)
            board[r][c] = "#"
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                    dfs(nr, nc, node)
            board[r][c] = letter
            if not node:
                parent.pop(letter)

        for r in range(rows):
            for c in range(cols):
                if board[r][c] in root:
                    dfs(r, c, root)
        return sorted(res)


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    return Solution().findWords(board, words)
