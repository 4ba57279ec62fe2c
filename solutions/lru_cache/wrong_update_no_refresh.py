"""Wrong on updates: put of a key already in the cache changes its value but leaves it where it
was in the recency order (assigning to an existing OrderedDict key does not move it), so a key
that was just written can be the next one evicted."""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> None:
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
