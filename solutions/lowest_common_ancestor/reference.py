"""Lowest Common Ancestor with a parent map: O(n) time, O(n) space, no recursion.

Walk the tree with an explicit stack, recording each node's parent, until both p and q have
been seen. Collect p and its ancestors in a set; then climb from q until a node is in it.
"""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    parent: dict[int, int | None] = {root.val: None}
    stack = [root]
    while p not in parent or q not in parent:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    above_p = set()
    value: int | None = p
    while value is not None:
        above_p.add(value)
        value = parent[value]
    value = q
    while value not in above_p:
        value = parent[value]
    return value
