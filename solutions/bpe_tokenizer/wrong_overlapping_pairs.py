"""Wrong on runs: counts every adjacent pair, so ('a', 'a') counts twice in 'aaa' although
merging it applies only once."""

from collections import Counter

END = "</w>"


def _merge(symbols: tuple[str, ...], pair: tuple[str, str]) -> tuple[str, ...]:
    """Replace the non-overlapping occurrences of `pair`, scanning left to right."""
    out: list[str] = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def _pair_counts(words: Counter) -> Counter:
    """How many times merging each pair would apply, summed over the words and their counts."""
    counts: Counter = Counter()
    for symbols, freq in words.items():
        for i in range(len(symbols) - 1):
            counts[(symbols[i], symbols[i + 1])] += freq
    return counts


def learn_bpe(corpus: str, num_merges: int) -> list[tuple[str, str]]:
    words = Counter(tuple(word) + (END,) for word in corpus.split())
    merges: list[tuple[str, str]] = []
    while len(merges) < num_merges:
        counts = _pair_counts(words)
        if not counts:
            break
        best = min(counts, key=lambda pair: (-counts[pair], pair))
        merges.append(best)
        merged: Counter = Counter()
        for symbols, freq in words.items():
            merged[_merge(symbols, best)] += freq
        words = merged
    return merges


def encode(text: str, merges: list[tuple[str, str]]) -> list[str]:
    tokens: list[str] = []
    for word in text.split():
        symbols = tuple(word) + (END,)
        for pair in merges:
            symbols = _merge(symbols, pair)
        tokens.extend(symbols)
    return tokens
