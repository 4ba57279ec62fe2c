"""Wrong for the target complexity: the textbook recursive reversal. Correct on short lists, but
it uses one stack frame per node (O(n) space, not O(1)): the space check measures a call depth
that doubles with the list, and on the 100,000-node list it exceeds Python's recursion limit
(about 1,000) and raises RecursionError. Declared "complexity" because its only failure is the
space it needs, which is what that category grades; the prompt states both the O(1) space target
and the list length."""

from __future__ import annotations


class ListNode:
    def __init__(self, val: int = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head
