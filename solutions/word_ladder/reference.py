"""Word Ladder: breadth-first search, level by level, trying every one-letter change.

A word leaves `unvisited` when it is enqueued, so each word is expanded at most once:
O(N * L * 26) candidates of length L, O(N * L^2 * 26) time, O(N * L) space.
"""

from string import ascii_lowercase


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    if begin == end:
        return 1
    unvisited = set(word_list)
    if end not in unvisited:
        return 0
    unvisited.discard(begin)
    layer, length = [begin], 1
    while layer:
        length += 1
        following = []
        for word in layer:
            for i in range(len(word)):
                prefix, suffix = word[:i], word[i + 1:]
                for letter in ascii_lowercase:
                    candidate = prefix + letter + suffix
                    if candidate in unvisited:
                        if candidate == end:
                            return length
                        unvisited.remove(candidate)
                        following.append(candidate)
        layer = following
    return 0
