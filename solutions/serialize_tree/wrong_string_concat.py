"""Wrong for the target complexity: the right level-order format, but serialize builds the string
with out = out + "," + str(child.val), which copies everything written so far into a new string
for every node. The answer is right, but the copies add up to O(n^2) characters for n nodes. They
happen inside string concatenation (C code), so operation counting sees a linear walk and only the
CPU-time guard sees the quadratic. Collecting the tokens in a list and joining them once at the
end is O(n)."""

from __future__ import annotations

from collections import deque


class TreeNode:
    def __init__(self, val: int = 0, left: TreeNode | None = None, right: TreeNode | None = None) -> None:
        self.val = val
        self.left = left
        self.right = right


def serialize(root: TreeNode | None) -> str:
    if root is None:
        return ""
    out = str(root.val)
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for child in (node.left, node.right):
            if child is None:
                out = out + ",#"
            else:
                out = out + "," + str(child.val)
                queue.append(child)
    return out


def deserialize(data: str) -> TreeNode | None:
    if not data:
        return None
    tokens = data.split(",")
    root = TreeNode(int(tokens[0]))
    queue = deque([root])
    k = 1
    while queue:
        node = queue.popleft()
        left, right = tokens[k], tokens[k + 1]
        k += 2
        if left != "#":
            node.left = TreeNode(int(left))
            queue.append(node.left)
        if right != "#":
            node.right = TreeNode(int(right))
            queue.append(node.right)
    return root
