"""Wrong: depth-first search that returns the length of the first ladder it finds. Every word is
visited once, so it finds a ladder whenever there is one, but not necessarily a shortest one:
only breadth-first search reaches each word first along a shortest path."""

from string import ascii_lowercase


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    if begin == end:
        return 1
    words = set(word_list)
    if end not in words:
        return 0
    stack = [(begin, 1)]
    seen = {begin}
    while stack:
        word, length = stack.pop()
        if word == end:
            return length
        for i in range(len(word)):
            for letter in ascii_lowercase:
                candidate = word[:i] + letter + word[i + 1:]
                if candidate in words and candidate not in seen:
                    seen.add(candidate)
                    stack.append((candidate, length + 1))
    return 0
