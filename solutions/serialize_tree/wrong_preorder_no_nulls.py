"""Wrong: writes the values in preorder with no marker for missing children, and rebuilds by
inserting them one by one as if the tree were a binary search tree. That only works for BSTs
(and not even for all of them when values repeat): for an ordinary tree the values come back
in the wrong places. [1, 2, 3] (2 left of 1, 3 right of 1) comes back as 1 -> 2 -> 3 down the
right side, since 2 > 1 and 3 > 2."""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def serialize(root: TreeNode | None) -> str:
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            out.append(str(node.val))
            stack.append(node.right)
            stack.append(node.left)
    return ",".join(out)


def deserialize(data: str) -> TreeNode | None:
    root = None
    for token in data.split(",") if data else []:
        value = int(token)
        if root is None:
            root = TreeNode(value)
            continue
        node = root
        while True:
            side = "left" if value < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(value))
                break
            node = child
    return root
