"""Wrong for the target complexity: collects every node in a Python list, then relinks them
back to front. The result is right and in place, but the list of nodes is O(n) extra space
(8 bytes per node, about 800 KB for 100,000 nodes): the measured extra memory doubles with the
list instead of staying flat."""

from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    if not nodes:
        return None
    for k in range(len(nodes) - 1, 0, -1):
        nodes[k].next = nodes[k - 1]
    nodes[0].next = None
    return nodes[-1]
