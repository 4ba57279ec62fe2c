"""Wrong for the target complexity: builds the root-to-node paths one level at a time, searching
the tree from the root for the parent of the current node at every step. Correct, but each
search is O(n), so a path of depth d costs O(n * d): O(n^2) on a skewed tree."""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def find_parent(root: TreeNode, value: int) -> TreeNode | None:
    """Breadth-first search from the root for the node with a child holding value."""
    queue = [root]
    for node in queue:
        for child in (node.left, node.right):
            if child is not None:
                if child.val == value:
                    return node
                queue.append(child)
    return None


def path_to_root(root: TreeNode, value: int) -> list[int]:
    path = [value]
    while path[-1] != root.val:
        path.append(find_parent(root, path[-1]).val)
    return path


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    above_p = set(path_to_root(root, p))
    for value in path_to_root(root, q):
        if value in above_p:
            return value
    return root.val
