"""LRU Cache: get and put in O(1); when full, evict the least recently used key."""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        raise NotImplementedError("write your solution here")

    def get(self, key: int) -> int:
        raise NotImplementedError("write your solution here")

    def put(self, key: int, value: int) -> None:
        raise NotImplementedError("write your solution here")
