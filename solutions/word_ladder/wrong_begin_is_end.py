"""Wrong when begin == end: breadth-first search that only looks for end among the neighbours
it generates (to stop one level early). A word is never its own neighbour, so the one-word
ladder is never seen: ladder_length("lost", "lost", ["lost"]) returns 0 instead of 1."""

from collections import deque
from string import ascii_lowercase


def ladder_length(begin: str, end: str, word_list: list[str]) -> int:
    words = set(word_list)
    if end not in words:
        return 0
    queue = deque([(begin, 1)])
    seen = {begin}
    while queue:
        word, length = queue.popleft()
        for i in range(len(word)):
            for letter in ascii_lowercase:
                if letter == word[i]:
                    continue
                candidate = word[:i] + letter + word[i + 1:]
                if candidate == end:
                    return length + 1
                if candidate in words and candidate not in seen:
                    seen.add(candidate)
                    queue.append((candidate, length + 1))
    return 0
