"""Wrong: treats the corpus as one stream of symbols, so the end of one word and the start of the
next ('</w>', 'a') are counted, and merged, as a pair."""

END = "</w>"


def _merge(symbols, pair):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def learn_bpe(corpus, num_merges):
    stream = [s for word in corpus.split() for s in (*word, END)]
    merges = []
    while len(merges) < num_merges and len(stream) > 1:
        counts, i = {}, 0
        while i + 1 < len(stream):
            pair = (stream[i], stream[i + 1])
            counts[pair] = counts.get(pair, 0) + 1
            i += 2 if i + 2 < len(stream) and (stream[i + 1], stream[i + 2]) == pair else 1
        top = max(counts.values())
        best = min(p for p, c in counts.items() if c == top)
        merges.append(best)
        stream = _merge(stream, best)
    return merges


def encode(text, merges):
    tokens = []
    for word in text.split():
        symbols = [*word, END]
        for pair in merges:
            symbols = _merge(symbols, pair)
        tokens.extend(symbols)
    return tokens
