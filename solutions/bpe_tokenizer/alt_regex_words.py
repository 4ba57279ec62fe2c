"""Words kept as space-separated symbol strings with a frequency table; a merge is one regex
substitution per word (re.sub scans left to right without overlap, like the rule)."""

import re
from collections import defaultdict

END = "</w>"


def _pattern(left, right):
    return re.compile(r"(?<!\S)" + re.escape(left) + " " + re.escape(right) + r"(?!\S)")


def _vocab(text):
    vocab = defaultdict(int)
    for word in text.split():
        vocab[" ".join(list(word) + [END])] += 1
    return vocab


def learn_bpe(corpus, num_merges):
    vocab = _vocab(corpus)
    merges = []
    for _ in range(num_merges):
        stats = defaultdict(int)
        for word, freq in vocab.items():
            symbols = word.split(" ")
            last_counted = {}
            for i in range(len(symbols) - 1):
                pair = (symbols[i], symbols[i + 1])
                if last_counted.get(pair) == i - 1:
                    continue  # overlaps the occurrence counted just before
                stats[pair] += freq
                last_counted[pair] = i
        if not stats:
            break
        best = sorted(stats.items(), key=lambda item: (-item[1], item[0]))[0][0]
        merges.append(best)
        pattern = _pattern(*best)
        joined = best[0] + best[1]
        vocab = {pattern.sub(lambda _m, j=joined: j, word): freq for word, freq in vocab.items()}
    return merges


def encode(text, merges):
    out = []
    for word in text.split():
        current = " ".join(list(word) + [END])
        for left, right in merges:
            joined = left + right
            current = _pattern(left, right).sub(lambda _m, j=joined: j, current)
        out.extend(current.split(" "))
    return out
