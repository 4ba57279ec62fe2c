"""Wrong for the target complexity: a depth-first walk that carries a copy of the whole
root-to-node path with every node it pushes (path + [child.val]). The answer is right, but each
copy costs O(depth), so a skewed tree of n levels costs O(n^2), copying done inside a
built-in where operation counting does not see it (the CPU-time check does)."""

from __future__ import annotations


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    paths = {}
    stack = [(root, [root.val])]
    while stack and len(paths) < 2:
        node, path = stack.pop()
        if node.val == p:
            paths[p] = path
        if node.val == q:
            paths[q] = path
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, path + [child.val]))
    answer = root.val
    for a, b in zip(paths[p], paths[q]):
        if a != b:
            break
        answer = a
    return answer
