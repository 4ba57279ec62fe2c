"""Wrong for the target complexity: uses a Python list as the queue and takes nodes from the
front with list.pop(0). Correct, but every pop shifts all the remaining elements left, so on a
wide tree (a queue of n / 2 nodes) it is O(n^2). The shifting happens inside list.pop (C code),
so only the CPU-time guard sees it."""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def level_order(root: TreeNode | None) -> list[list[int]]:
    if root is None:
        return []
    levels = []
    queue = [root]
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.pop(0)
            level.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        levels.append(level)
    return levels
