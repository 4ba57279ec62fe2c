"""House Robber: the most money from houses in a row without robbing two adjacent ones."""


def rob(nums: list[int]) -> int:
    raise NotImplementedError("write your solution here")
