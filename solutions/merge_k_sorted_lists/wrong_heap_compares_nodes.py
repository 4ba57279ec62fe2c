"""Wrong on equal values: heap entries are (value, node), so two heads with the same value make
heapq compare the nodes themselves, and ListNode defines no order (TypeError)."""

from __future__ import annotations

import heapq


class ListNode:
    """One node of a singly linked list. Keep this class as it is: the tests build lists with it."""

    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = [(head.val, head) for head in lists if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, node.next))
    return dummy.next
