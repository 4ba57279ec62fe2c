"""Wrong on the value 0: get tests the looked-up value for truth, so a key stored with value 0
is reported missing (-1) and is not refreshed."""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[int, int] = {}  # dicts keep insertion order: oldest first

    def get(self, key: int) -> int:
        value = self.data.get(key)
        if not value:
            return -1
        del self.data[key]
        self.data[key] = value
        return value

    def put(self, key: int, value: int) -> None:
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            del self.data[next(iter(self.data))]
