"""Serialize a binary tree in level order with '#' for missing children; deserialize it by recursion.

serialize walks the tree breadth first over a growing list with a read index, writing every node's value and '#' for each
missing child of a node that exists. deserialize reads the same order back with a recursive
helper instead of a loop: link(i, k) gives the i-th node (in level order) its two children from
tokens k and k + 1, then recurses on node i + 1. The recursion is one call per node, so the
helper raises Python's recursion limit to the number of nodes first (in CPython 3.11 a
Python-to-Python call uses no C stack). O(n) time and space: the call stack is n frames deep.
"""

from __future__ import annotations

import sys


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def serialize(root: TreeNode | None) -> str:
    if root is None:
        return ""
    # The level order is the list itself: a read index walks it while children are appended.
    order, out, i = [root], [str(root.val)], 0
    while i < len(order):
        node = order[i]
        i += 1
        out.append("#" if node.left is None else str(node.left.val))
        out.append("#" if node.right is None else str(node.right.val))
        order.extend(c for c in (node.left, node.right) if c is not None)
    return ",".join(out)


def deserialize(data: str) -> TreeNode | None:
    if not data:
        return None
    tokens = data.split(",")
    nodes = [TreeNode(int(tokens[0]))]
    sys.setrecursionlimit(max(sys.getrecursionlimit(), len(tokens) + 100))

    def child(token: str) -> TreeNode | None:
        if token == "#":
            return None
        node = TreeNode(int(token))
        nodes.append(node)
        return node

    def link(i: int, k: int) -> None:
        if i == len(nodes):
            return
        nodes[i].left = child(tokens[k])
        nodes[i].right = child(tokens[k + 1])
        link(i + 1, k + 2)

    link(0, 1)
    return nodes[0]
