"""Wrong on deep trees: the textbook recursive preorder with '#' for a missing child. The format
is right and every answer is right on ordinary trees, but both functions recurse once per level:
a path 10,000 levels deep passes Python's recursion limit (about 1,000) and raises
RecursionError. Declared "edge" because it fails only on the degenerate shape, which the
prompt says to expect; its O(n) time and space are fine."""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def serialize(root: TreeNode | None) -> str:
    out: list[str] = []

    def write(node):
        if node is None:
            out.append("#")
            return
        out.append(str(node.val))
        write(node.left)
        write(node.right)

    write(root)
    return ",".join(out)


def deserialize(data: str) -> TreeNode | None:
    tokens = iter(data.split(","))

    def read():
        token = next(tokens)
        if token == "#":
            return None
        node = TreeNode(int(token))
        node.left = read()
        node.right = read()
        return node

    return read()
