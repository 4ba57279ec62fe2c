"""Word Ladder: breadth-first search from both ends at once, always expanding the smaller frontier.

The two searches meet in the middle, so on graphs that branch each side explores about the
square root of what a one-sided search would; when the end word has no neighbour at all the
search stops after one step. Worst case O(N * L^2 * 26) time, O(N * L) space.
"""

from string import ascii_lowercase


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    if begin == end:
        return 1
    words = set(word_list)
    if end not in words:
        return 0
    words.discard(begin)
    words.discard(end)
    front, back = {begin}, {end}
    length = 1
    while front and back:
        if len(front) > len(back):
            front, back = back, front
        length += 1
        following = set()
        for word in front:
            for i in range(len(word)):
                prefix, suffix = word[:i], word[i + 1:]
                for letter in ascii_lowercase:
                    candidate = prefix + letter + suffix
                    if candidate in back:
                        return length
                    if candidate in words:
                        words.remove(candidate)
                        following.add(candidate)
        front = following
    return 0
