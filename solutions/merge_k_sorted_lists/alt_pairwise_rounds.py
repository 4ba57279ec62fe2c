"""Merge k sorted linked lists by merging them in pairs, round after round (no heap): O(N log k)."""

from __future__ import annotations


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge_two(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = tail = ListNode()
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    """Merge neighbouring lists in rounds, halving their number each round: log k rounds of O(N)."""
    level = list(lists)
    if not level:
        return None
    while len(level) > 1:
        paired = []
        for i in range(0, len(level) - 1, 2):
            paired.append(merge_two(level[i], level[i + 1]))
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]
