"""Wrong: get does not make the key most recently used, so the cache evicts the key that was
least recently written (put), not the least recently used one. A key read over and over is
still evicted once enough newer keys arrive."""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        return self.data.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
