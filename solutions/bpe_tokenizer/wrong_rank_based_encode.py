"""Wrong: encodes GPT-2 style, repeatedly merging the lowest-ranked pair present in the word, so a
merge listed early can still apply after a later merge creates its left symbol; the prompt replays
the list once, in order."""

from collections import Counter


def _merge_word(symbols, pair):
    left, right = pair
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def _pair_counts(symbols):
    """Non-overlapping occurrences of each adjacent pair, scanning left to right."""
    counts = Counter()
    last_end = {}
    for i in range(len(symbols) - 1):
        pair = (symbols[i], symbols[i + 1])
        if last_end.get(pair, -1) <= i:  # this occurrence does not overlap the previous one counted
            counts[pair] += 1
            last_end[pair] = i + 2
    return counts


def learn_bpe(corpus, num_merges):
    words = Counter(tuple(word) + ("</w>",) for word in corpus.split())
    merges = []
    while len(merges) < num_merges:
        totals = Counter()
        for symbols, freq in words.items():
            for pair, c in _pair_counts(symbols).items():
                totals[pair] += c * freq
        if not totals:
            break
        best = min(totals, key=lambda p: (-totals[p], p))
        merges.append(best)
        merged = Counter()
        for symbols, freq in words.items():
            merged[_merge_word(symbols, best)] += freq
        words = merged
    return merges


def encode(text, merges):
    """GPT-2 style: repeatedly merge the lowest-ranked pair present in the word."""
    rank = {pair: r for r, pair in enumerate(merges)}
    tokens = []
    for word in text.split():
        symbols = tuple(word) + ("</w>",)
        while len(symbols) > 1:
            pairs = [(symbols[i], symbols[i + 1]) for i in range(len(symbols) - 1)]
            best = min(pairs, key=lambda p: rank.get(p, float("inf")))
            if best not in rank:
                break
            symbols = _merge_word(symbols, best)
        tokens.extend(symbols)
    return tokens
