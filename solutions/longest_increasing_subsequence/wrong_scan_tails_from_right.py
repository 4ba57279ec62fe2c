"""Wrong for the target complexity: patience sorting, but each value finds its place in the
tails list by stepping left from the end instead of by binary search. Every answer is right and
a mostly increasing input is fast (each value lands near the end), but when a second increasing
run follows the first one, each of its values walks back over most of the tails: O(n^2)."""


def longest_increasing_subsequence(nums: list[int]) -> int:
    tails: list[int] = []
    for x in nums:
        k = len(tails)
        while k > 0 and tails[k - 1] >= x:
            k -= 1
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
