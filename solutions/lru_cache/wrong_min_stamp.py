"""Wrong for the target complexity: stamps each key with the time of its last use and, to evict,
searches all stamps for the smallest one with min(). Answers are right and get is O(1), but each
eviction looks at every cached key, O(capacity) per put that evicts: O(n^2) over n calls on a
cache of capacity n / 2. (The scan runs inside the C builtin min, but its key function hashes
every cached key, and that hashing is counted.)"""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.stamp: dict[int, int] = {}  # key -> time of its last use
        self.clock = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.clock += 1
        self.stamp[key] = self.clock
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.stamp, key=self.stamp.__getitem__)
            del self.values[oldest]
            del self.stamp[oldest]
        self.values[key] = value
        self.clock += 1
        self.stamp[key] = self.clock
