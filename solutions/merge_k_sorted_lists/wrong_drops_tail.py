"""Wrong: merges pairs of lists, but when the first list runs out the rest of the second is never
attached (only the leftover of the first list is linked on)."""

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
    if a is not None:
        tail.next = a
    return dummy.next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    level = list(lists)
    if not level:
        return None
    while len(level) > 1:
        level = [merge_two(level[i], level[i + 1] if i + 1 < len(level) else None)
                 for i in range(0, len(level), 2)]
    return level[0]
