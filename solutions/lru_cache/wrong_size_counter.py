"""Wrong on updates: keeps its own size counter and adds one on every put, including a put that
only updates an existing key. After an update the cache thinks it is fuller than it is and
evicts a key while there is still room."""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.size = 0
        self.data: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        self.size += 1
        if self.size > self.capacity:
            self.data.popitem(last=False)
            self.size -= 1
