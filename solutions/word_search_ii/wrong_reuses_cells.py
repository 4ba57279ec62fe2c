"""Wrong: the trie walk never marks the cells on the current path, so a word may use one cell
twice (going back and forth between two neighbours)."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word

    rows, cols = len(board), len(board[0])
    found: set[str] = set()

    def dfs(r: int, c: int, node: dict, depth: int) -> None:
        node = node[board[r][c]]
        if "$" in node:
            found.add(node["$"])
        if depth > 12:
            return
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                dfs(nr, nc, node, depth + 1)

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                dfs(r, c, root, 1)
    return sorted(found)
