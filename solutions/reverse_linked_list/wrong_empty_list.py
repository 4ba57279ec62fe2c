"""Wrong on the empty list: the loop looks at cur.next before checking cur, so reverse_list(None)
raises AttributeError. Every list with at least one node comes out right."""

from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    prev, cur = None, head
    while cur.next is not None:
        following = cur.next
        cur.next = prev
        prev, cur = cur, following
    cur.next = prev
    return cur
