"""Wrong for the target complexity: collects the nodes with nodes.insert(0, node), so the list
comes out newest first, then links them in that order. The result is right, but every insert at
the front shifts all the nodes already stored, O(n) per node and O(n^2) in all. The shifting
happens inside list.insert (C code), so operation counting sees a linear walk and only the
CPU-time guard sees the quadratic; the list of nodes is also O(n) extra space."""

from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    nodes = []
    while head is not None:
        nodes.insert(0, head)  # newest first: the list comes out reversed
        head = head.next
    for node, following in zip(nodes, nodes[1:]):
        node.next = following
    if not nodes:
        return None
    nodes[-1].next = None
    return nodes[0]
