"""Serialize and Deserialize a Binary Tree: turn a tree into a string and back again."""

from __future__ import annotations


class TreeNode:
    """One node of a binary tree. Keep this class as it is: the tests build trees with it."""

    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def serialize(root: TreeNode | None) -> str:
    raise NotImplementedError("write your solution here")


def deserialize(data: str) -> TreeNode | None:
    raise NotImplementedError("write your solution here")
