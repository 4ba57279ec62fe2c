"""Wrong for the target complexity: builds the graph by comparing every pair of words, then runs
breadth-first search. Correct, but O(N^2 * L) time to build the graph."""

from collections import deque


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    if begin == end:
        return 1
    words = list(dict.fromkeys([begin] + word_list))
    if end not in words:
        return 0
    neighbours: dict[str, list[str]] = {w: [] for w in words}
    for a in range(len(words)):
        for b in range(a + 1, len(words)):
            diff = 0
            for x, y in zip(words[a], words[b]):
                if x != y:
                    diff += 1
                    if diff > 1:
                        break
            if diff == 1:
                neighbours[words[a]].append(words[b])
                neighbours[words[b]].append(words[a])
    queue = deque([(begin, 1)])
    seen = {begin}
    while queue:
        word, length = queue.popleft()
        if word == end:
            return length
        for nxt in neighbours[word]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, length + 1))
    return 0
