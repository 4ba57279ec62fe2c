"""Wrong for the target complexity: lays the tree out like a binary heap, the root in slot 0
and the children of slot i in slots 2i + 1 and 2i + 2, with '#' in every empty slot. Fine for a
complete tree, but the array needs a slot for every position down to the deepest node: a tree
of depth d costs about 2^d slots, so a path of a few dozen nodes already means billions."""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def serialize(root: TreeNode | None) -> str:
    if root is None:
        return ""
    slots = {}
    stack = [(root, 0)]
    while stack:
        node, i = stack.pop()
        slots[i] = str(node.val)
        if node.left is not None:
            stack.append((node.left, 2 * i + 1))
        if node.right is not None:
            stack.append((node.right, 2 * i + 2))
    return ",".join(slots.get(i, "#") for i in range(max(slots) + 1))


def deserialize(data: str) -> TreeNode | None:
    if not data:
        return None
    tokens = data.split(",")
    nodes = [None if t == "#" else TreeNode(int(t)) for t in tokens]
    for i, node in enumerate(nodes):
        if node is not None:
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
    return nodes[0]
