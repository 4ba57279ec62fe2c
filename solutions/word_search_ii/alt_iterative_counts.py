"""Word Search II with a trie of node objects that count the unfound words below them, walked by an
explicit stack instead of recursion: a branch whose count drops to zero is never entered again."""


class Node:
    __slots__ = ("children", "word", "below")

    def __init__(self) -> None:
        self.children: dict[str, Node] = {}
        self.word: str | None = None
        self.below = 0  # words not yet found in this subtree, this node included


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    root = Node()
    for word in words:
        node = root
        node.below += 1
        for ch in word:
            node = node.children.setdefault(ch, Node())
            node.below += 1
        node.word = word

    rows, cols = len(board), len(board[0])
    found = []
    for r0 in range(rows):
        for c0 in range(cols):
            start = root.children.get(board[r0][c0])
            if start is None or start.below == 0:
                continue
            on_path = {(r0, c0)}
            path_nodes = [start]
            # Each frame: (row, col, node, iterator over its neighbours)
            stack = [(r0, c0, start, iter(((r0 - 1, c0), (r0 + 1, c0), (r0, c0 - 1), (r0, c0 + 1))))]
            if start.word is not None:
                found.append(start.word)
                start.word = None
                for done in [root, start]:
                    done.below -= 1
            while stack:
                r, c, node, neighbours = stack[-1]
                advanced = False
                for nr, nc in neighbours:
                    if not (0 <= nr < rows and 0 <= nc < cols) or (nr, nc) in on_path:
                        continue
                    child = node.children.get(board[nr][nc])
                    if child is None or child.below == 0:
                        continue
                    on_path.add((nr, nc))
                    path_nodes.append(child)
                    if child.word is not None:
                        found.append(child.word)
                        child.word = None
                        root.below -= 1
                        for done in path_nodes:
                            done.below -= 1
                    stack.append((nr, nc, child,
                                  iter(((nr - 1, nc), (nr + 1, nc), (nr, nc - 1), (nr, nc + 1)))))
                    advanced = True
                    break
                if not advanced:
                    stack.pop()
                    path_nodes.pop()
                    on_path.discard((r, c))
    return sorted(found)
