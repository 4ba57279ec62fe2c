"""Wrong on deep trees: the classic recursive search (return the node if it is p or q, else
combine what the two subtrees found). Right answers and O(n) time, but one stack frame per
level: a skewed tree of 10,000 levels goes past Python's recursion limit (RecursionError)."""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def _search(node: TreeNode | None, p: int, q: int) -> TreeNode | None:
    if node is None or node.val == p or node.val == q:
        return node
    left = _search(node.left, p, q)
    right = _search(node.right, p, q)
    if left is not None and right is not None:
        return node
    return left if left is not None else right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    return _search(root, p, q).val
