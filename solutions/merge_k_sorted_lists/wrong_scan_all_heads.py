"""Wrong for the target complexity: finds the smallest head by looking at all k heads for every
node taken (correct answers, O(N * k))."""

from __future__ import annotations


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heads = list(lists)
    dummy = tail = ListNode()
    while True:
        best = -1
        for i, node in enumerate(heads):
            if node is not None and (best == -1 or node.val < heads[best].val):
                best = i
        if best == -1:
            break
        tail.next = heads[best]
        tail = heads[best]
        heads[best] = heads[best].next
    tail.next = None
    return dummy.next
