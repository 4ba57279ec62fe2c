"""Merge k sorted linked lists into one sorted linked list and return its head (None if empty)."""

from __future__ import annotations


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    raise NotImplementedError("write your solution here")
