"""Lowest common ancestor by an iterative post-order walk: the first node whose subtree holds both values."""

from __future__ import annotations


class TreeNode:
    """One node of a binary tree. Keep this class as it is: the tests build trees with it."""

    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    if p == q:
        return p
    found: dict[int, int] = {}  # id(node) -> how many of p and q its subtree holds
    stack: list[tuple[TreeNode, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            for child in (node.left, node.right):
                if child is not None:
                    stack.append((child, False))
            continue
        count = (node.val == p) + (node.val == q)
        for child in (node.left, node.right):
            if child is not None:
                count += found.pop(id(child))
        # Children finish before their parents, so the first subtree to hold both is the lowest.
        if count == 2:
            return node.val
        found[id(node)] = count
    raise ValueError("p and q must both be in the tree")
