"""Wrong for the target space: lazy deletion. Every use of a key appends (key, stamp) to a queue,
and eviction pops entries from the front, skipping stale ones, until it meets a key whose stamp
is still current. Answers are right and each call is O(1) amortised, but stale entries are only
cleared when a key is evicted: a cache that is used a lot and rarely evicts keeps one queue entry
per operation ever made, O(number of calls) memory instead of O(capacity)."""

from collections import deque


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.stamp: dict[int, int] = {}  # key -> stamp of its latest use
        self.queue: deque[tuple[int, int]] = deque()  # (key, stamp), oldest use first
        self.clock = 0

    def _use(self, key: int) -> None:
        self.clock += 1
        self.stamp[key] = self.clock
        self.queue.append((key, self.clock))

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            while True:
                old, when = self.queue.popleft()
                if self.stamp.get(old) == when:
                    del self.values[old]
                    del self.stamp[old]
                    break
        self.values[key] = value
        self._use(key)
