"""Binary Tree Level Order Traversal: the values of each level, top to bottom, left to right."""

from __future__ import annotations


class TreeNode:
    """One node of a binary tree. Keep this class as it is: the tests build trees with it."""

    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def level_order(root: TreeNode | None) -> list[list[int]]:
    raise NotImplementedError("write your solution here")
