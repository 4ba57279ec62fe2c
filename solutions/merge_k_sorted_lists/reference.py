"""Merge k sorted linked lists with a min-heap of the current heads: O(N log k) time, O(k) extra space."""

from __future__ import annotations

import heapq


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    # The list's position breaks ties between equal values, so nodes are never compared.
    heap = [(head.val, i, head) for i, head in enumerate(lists) if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heap[0]
        if node.next is not None:
            heapq.heapreplace(heap, (node.next.val, i, node.next))
        else:
            heapq.heappop(heap)
        tail.next = node
        tail = node
    tail.next = None
    return dummy.next
