"""Distinct permutations in lexicographic order by stepping from the sorted list to the next larger
arrangement (find the last ascent, swap with the rightmost larger value, reverse the tail) until
none is larger. Equal values never produce a repeat, since each step is to a strictly larger list."""


def permute_unique(nums: list[int]) -> list[list[int]]:
    arrangement = sorted(nums)
    found = [list(arrangement)]
    n = len(arrangement)
    while True:
        i = n - 2
        while i >= 0 and arrangement[i] >= arrangement[i + 1]:
            i -= 1
        if i < 0:
            return found
        j = n - 1
        while arrangement[j] <= arrangement[i]:
            j -= 1
        arrangement[i], arrangement[j] = arrangement[j], arrangement[i]
        arrangement[i + 1:] = reversed(arrangement[i + 1:])
        found.append(list(arrangement))
