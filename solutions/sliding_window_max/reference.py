"""Sliding window maximum with a deque of indices whose values decrease front to back: O(n) time, O(k) extra space."""

from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    window: deque[int] = deque()  # indices in the window; their values strictly decrease
    out: list[int] = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()  # never the maximum again: x is as large and leaves later
        window.append(i)
        if window[0] <= i - k:
            window.popleft()  # slid out on the left
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
