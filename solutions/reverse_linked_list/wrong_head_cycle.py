"""Wrong: starts the walk at the second node and never clears the old head's next pointer, so
the last two nodes of the result point at each other (a cycle) for every list of 2+ nodes."""

from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    if head is None or head.next is None:
        return head
    prev, cur = head, head.next
    while cur is not None:
        following = cur.next
        cur.next = prev
        prev, cur = cur, following
    return prev
