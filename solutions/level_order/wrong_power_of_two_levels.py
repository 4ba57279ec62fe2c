"""Wrong on trees that are not full: assumes level d holds 2**d nodes, so it cuts the BFS order
into chunks of 1, 2, 4, 8, ... That is right only while every level is full; with a missing
node, values slide into the wrong level."""

from __future__ import annotations

from collections import deque


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def level_order(root: TreeNode | None) -> list[list[int]]:
    if root is None:
        return []
    order = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        order.append(node.val)
        if node.left is not None:
            queue.append(node.left)
        if node.right is not None:
            queue.append(node.right)
    levels, start, width = [], 0, 1
    while start < len(order):
        levels.append(order[start:start + width])
        start, width = start + width, width * 2
    return levels
