"""Wrong for the target complexity: a plain dict in recency order (a hit pops the key and stores it
again, so it moves to the end), and to evict, list(self.cache)[0] to find the oldest key. The
answers are right and get is O(1), but every eviction copies all the cached keys into a new list
to read the first one: O(capacity) per put that evicts, O(n^2) over n calls on a cache of
capacity n / 2. The copy happens inside list() (C code, no hashing or comparing), so operation
counting sees O(1) per call and only the CPU-time guard sees it. (collections.OrderedDict, with
move_to_end and popitem(last=False), does all of it in O(1).)"""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.cache: dict[int, int] = {}  # dicts keep insertion order: least recently used first

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        value = self.cache.pop(key)
        self.cache[key] = value  # stored again: now the most recently used
        return value

    def put(self, key: int, value: int) -> None:
        if key in self.cache:
            self.cache.pop(key)
        elif len(self.cache) == self.capacity:
            oldest = list(self.cache)[0]
            del self.cache[oldest]
        self.cache[key] = value
