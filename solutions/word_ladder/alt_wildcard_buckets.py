"""Word Ladder: breadth-first search over wildcard buckets ("h*t" holds hot, hit, hat).

Each word is filed under its L patterns; a word's neighbours are the other words in its
buckets, and every word dequeued scans all of its buckets (the common way to write it): O(N * L^2)
time to build the patterns plus the sum of the squared bucket sizes, which is O(N) while the
buckets stay a bounded size, as in a word list of fixed density; O(N * L^2) space.
"""

from collections import defaultdict, deque


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    if begin == end:
        return 1
    words = set(word_list)
    if end not in words:
        return 0
    buckets: dict[str, list[str]] = defaultdict(list)
    for word in words:
        for i in range(len(word)):
            buckets[word[:i] + "*" + word[i + 1:]].append(word)
    seen = {begin}
    queue = deque([(begin, 1)])
    while queue:
        word, length = queue.popleft()
        for i in range(len(word)):
            pattern = word[:i] + "*" + word[i + 1:]
            for neighbour in buckets.get(pattern, ()):
                if neighbour == end:
                    return length + 1
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append((neighbour, length + 1))
    return 0
