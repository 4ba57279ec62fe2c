"""Serialize a binary tree in level order with '#' for missing children; O(n) time and space.

serialize walks the tree breadth first with a deque and writes every node's value, and '#' for
each missing child of a node that exists, separated by commas (the empty tree is ""). deserialize
reads the tokens in the same order: the next two tokens are the children of the next node taken
from the queue. Both loops are iterative, so a 10,000-level-deep tree needs no recursion, and
the string is joined once at the end.
"""

from __future__ import annotations

from collections import deque


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def serialize(root: TreeNode | None) -> str:
    if root is None:
        return ""
    tokens = [str(root.val)]
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for child in (node.left, node.right):
            if child is None:
                tokens.append("#")
            else:
                tokens.append(str(child.val))
                queue.append(child)
    return ",".join(tokens)


def deserialize(data: str) -> TreeNode | None:
    if not data:
        return None
    tokens = data.split(",")
    root = TreeNode(int(tokens[0]))
    queue = deque([root])
    k = 1
    while queue:
        node = queue.popleft()
        left, right = tokens[k], tokens[k + 1]
        k += 2
        if left != "#":
            node.left = TreeNode(int(left))
            queue.append(node.left)
        if right != "#":
            node.right = TreeNode(int(right))
            queue.append(node.right)
    return root
