"""Wrong: builds a reversed copy out of new nodes. The values come out right, but the prompt asks
for the original nodes relinked in place (and the copy costs O(n) extra space)."""

from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    result = None
    while head is not None:
        result = ListNode(head.val, result)
        head = head.next
    return result
