"""Wrong for the target complexity: a trie, but a found word is only unmarked, never pruned, so
every later start explores the same dead branches again (correct answers; on a board of one letter
every start walks every path as long as the longest word)."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word

    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def dfs(r: int, c: int, node: dict) -> None:
        ch = board[r][c]
        node = node[ch]
        word = node.get("$")
        if word is not None:
            found.append(word)
            node["$"] = None
        board[r][c] = "#"
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                dfs(nr, nc, node)
        board[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                dfs(r, c, root)
    return sorted(found)
