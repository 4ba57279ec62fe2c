"""Wrong for the target complexity: keeps the current maximum and rescans the window only when
the maximum slides out (correct answers; fast on random input, O(n * k) on falling values, where
the maximum leaves at every step)."""


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    out: list[int] = []
    best = -1  # index of the current window's maximum
    for i in range(k - 1, len(nums)):
        start = i - k + 1
        if best < start:
            best = start
            for j in range(start + 1, i + 1):
                if nums[j] >= nums[best]:
                    best = j
        elif nums[i] >= nums[best]:
            best = i
        out.append(nums[best])
    return out
