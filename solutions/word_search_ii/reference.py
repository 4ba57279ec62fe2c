"""Word Search II: one DFS per cell walks a trie of the words, and found words are pruned from the
trie so no branch is explored twice: O(cells * 3^L) at worst, independent of the number of words."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word  # "$" marks the end of a word; board cells are letters, never "$"

    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def dfs(r: int, c: int, parent: dict) -> None:
        ch = board[r][c]
        node = parent[ch]
        word = node.pop("$", None)
        if word is not None:
            found.append(word)
        board[r][c] = "#"  # in use on the current path
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                dfs(nr, nc, node)
        board[r][c] = ch
        if not node:
            del parent[ch]  # every word below was found: prune the branch

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in root:
                dfs(r, c, root)
    return sorted(found)
