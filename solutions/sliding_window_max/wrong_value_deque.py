"""Wrong on duplicates: a deque of values that also drops equal values from the back, then removes
the front whenever it equals the value sliding out, which may be a later copy still in the window."""

from collections import deque


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    window: deque[int] = deque()
    out: list[int] = []
    for i, x in enumerate(nums):
        while window and window[-1] <= x:
            window.pop()
        window.append(x)
        if i >= k and window[0] == nums[i - k]:
            window.popleft()
        if i >= k - 1:
            out.append(window[0])
    return out
