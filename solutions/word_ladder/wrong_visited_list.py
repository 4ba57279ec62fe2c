"""Wrong for the target complexity: a breadth-first search over a set of words that remembers the
words already reached in a list. `candidate not in visited` compares the candidate with every word
reached so far, one by one, so each of the N words' neighbours costs O(N): O(N^2) in all. The
comparisons happen inside the list's C code, where operation counting cannot see them; the CPU-time
check can. A set of visited words (or removing reached words from the word set) makes each check
O(1)."""

from collections import deque
from string import ascii_lowercase


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    if begin == end:
        return 1
    words = set(word_list)
    if end not in words:
        return 0
    visited = [begin]
    queue = deque([(begin, 1)])
    while queue:
        word, length = queue.popleft()
        for i in range(len(word)):
            for letter in ascii_lowercase:
                candidate = word[:i] + letter + word[i + 1:]
                if candidate in words and candidate not in visited:
                    if candidate == end:
                        return length + 1
                    visited.append(candidate)
                    queue.append((candidate, length + 1))
    return 0
