"""Wrong for the target complexity: quickselect with a Lomuto partition around the middle
element. Every answer is right and sorted input is fine, but values equal to the pivot all go
to one side, so a list of equal values (or a few values repeated many times) shrinks by one
element per partition: O(n^2) time and n levels of recursion."""


def find_kth_largest(nums: list[int], k: int) -> int:
    target = len(nums) - k  # index of the answer in ascending order

    def select(lo: int, hi: int) -> int:
        mid = (lo + hi) // 2
        nums[mid], nums[hi] = nums[hi], nums[mid]
        pivot = nums[hi]
        store = lo
        for i in range(lo, hi):
            if nums[i] <= pivot:
                nums[store], nums[i] = nums[i], nums[store]
                store += 1
        nums[store], nums[hi] = nums[hi], nums[store]
        if store == target:
            return nums[store]
        if store < target:
            return select(store + 1, hi)
        return select(lo, store - 1)

    return select(0, len(nums) - 1)
