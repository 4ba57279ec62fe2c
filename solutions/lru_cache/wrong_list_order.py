"""Wrong for the target complexity: values in a dict, recency in a Python list. Every hit and
every update calls list.remove, which scans the list, and eviction pops the front, which shifts
it: O(capacity) per operation. Correct answers, far too slow for a large cache."""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.order: list[int] = []  # least recently used first

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) == self.capacity:
            oldest = self.order.pop(0)
            del self.values[oldest]
        self.values[key] = value
        self.order.append(key)
