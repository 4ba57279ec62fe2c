"""Sliding window maximum with a queue built from two stacks, each entry carrying the maximum of
the stack below it: push on the back stack, pop from the front stack, refilling it by moving
everything across when it runs empty. Each value moves at most twice: O(n) amortised."""


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    back: list[tuple[int, int]] = []   # (value, max of this stack up to here)
    front: list[tuple[int, int]] = []
    result = []
    for i, value in enumerate(nums):
        back.append((value, max(value, back[-1][1]) if back else value))
        if i >= k:
            if not front:
                while back:
                    moved, _ = back.pop()
                    front.append((moved, max(moved, front[-1][1]) if front else moved))
            front.pop()
        if i >= k - 1:
            candidates = []
            if front:
                candidates.append(front[-1][1])
            if back:
                candidates.append(back[-1][1])
            result.append(max(candidates))
    return result
