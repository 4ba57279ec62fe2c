"""Wrong for the target complexity: a correct breadth-first search that looks each candidate word
up in a list (a copy of word_list, with list.remove when a word is reached) instead of a set. Every
`candidate in remaining` compares the candidate with the words left one by one, O(N) for each
of the 26 * L candidates of each word: O(N^2) in all. The comparisons are of strings, inside the
list's C code, so operation counting sees a linear search and only the CPU-time guard sees the
quadratic. A set answers each lookup in O(1)."""

from collections import deque
from string import ascii_lowercase


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    if begin == end:
        return 1
    if end not in word_list:
        return 0
    remaining = list(word_list)
    if begin in remaining:
        remaining.remove(begin)
    queue = deque([(begin, 1)])
    while queue:
        word, length = queue.popleft()
        for i in range(len(word)):
            for letter in ascii_lowercase:
                candidate = word[:i] + letter + word[i + 1:]
                if candidate in remaining:
                    if candidate == end:
                        return length + 1
                    remaining.remove(candidate)
                    queue.append((candidate, length + 1))
    return 0
