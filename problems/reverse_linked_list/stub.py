"""Reverse a singly linked list in place and return the new head (None for an empty list)."""

from __future__ import annotations


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    raise NotImplementedError("write your solution here")
