"""Reverse a linked list in place with one simultaneous assignment per node."""

from __future__ import annotations


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    prev = None
    while head is not None:
        # The right side is evaluated first, then the targets are assigned left to right:
        # prev takes the current node, its next points back, and head moves on to the saved next.
        prev, head.next, head = head, prev, head.next
    return prev
