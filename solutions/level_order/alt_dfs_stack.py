"""Level order with an iterative depth-first walk: each node's value goes to the list of its depth."""

from __future__ import annotations


class TreeNode:
    """One node of a binary tree. Keep this class as it is: the tests build trees with it."""

    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels: list[list[int]] = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        # Right is pushed first so that left is visited first: a pre-order walk meets the nodes
        # of every level from left to right.
        if node.right is not None:
            stack.append((node.right, depth + 1))
        if node.left is not None:
            stack.append((node.left, depth + 1))
    return levels
