"""Wrong for the target complexity: merges each list into one growing result in turn (correct
answers; the result is walked again for every list, O(N * k))."""

from __future__ import annotations


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge_two(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    dummy = tail = ListNode()
    while a is not None and b is not None:
        if b.val < a.val:
            a, b = b, a
        tail.next = a
        tail = a
        a = a.next
    tail.next = a if a is not None else b
    return dummy.next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    merged = None
    for head in lists:
        merged = merge_two(merged, head)
    return merged
