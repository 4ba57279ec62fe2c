"""Reverse a linked list: walk once, turning each next pointer around. O(n) time, O(1) space."""

from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    prev = None
    cur = head
    while cur is not None:
        following = cur.next
        cur.next = prev
        prev = cur
        cur = following
    return prev
