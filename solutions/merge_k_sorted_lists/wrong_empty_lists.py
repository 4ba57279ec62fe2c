"""Wrong on empty lists: reads .val of every head without skipping the empty lists (None)."""

from __future__ import annotations

import heapq


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = [(head.val, i, head) for i, head in enumerate(lists)]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    return dummy.next
