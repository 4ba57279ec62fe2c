"""Lowest Common Ancestor of a binary tree (not a search tree): return the ancestor's value."""

from __future__ import annotations


class TreeNode:
    """One node of a binary tree. Keep this class as it is: the tests build trees with it."""

    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    raise NotImplementedError("write your solution here")
