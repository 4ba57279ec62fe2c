"""Hidden tests for bpe_tokenizer: random corpora over small alphabets against an oracle, the tie
rule, runs of equal characters (non-overlapping counts), word boundaries, the encode order, empty
and whitespace-only input, early stopping, unseen characters and an untouched merge list."""

import pytest

from harness.authoring import call_text, check, check_equal

END = "</w>"


def merge_word(symbols, left, right):
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == left and symbols[i + 1] == right:
            out.append(left + right)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def oracle_learn(corpus, num_merges):
    """Every word kept as its own symbol list (no frequency table): slow and plain."""
    words = [list(word) + [END] for word in corpus.split()]
    merges = []
    for _ in range(num_merges):
        counts = {}
        for symbols in words:
            i = 0
            while i + 1 < len(symbols):
                pair = (symbols[i], symbols[i + 1])
                counts[pair] = counts.get(pair, 0) + 1
                # A run of the same pair: the next occurrence starts after this one (no overlap).
                i += 2 if i + 2 < len(symbols) and (symbols[i + 1], symbols[i + 2]) == pair else 1
        if not counts:
            break
        top = max(counts.values())
        best = sorted(pair for pair, c in counts.items() if c == top)[0]
        merges.append(best)
        words = [merge_word(symbols, *best) for symbols in words]
    return merges


def oracle_encode(text, merges):
    out = []
    for word in text.split():
        symbols = list(word) + [END]
        for left, right in merges:
            symbols = merge_word(symbols, left, right)
        out.extend(symbols)
    return out


def random_text(rng, alphabet, words, max_len=6):
    return " ".join("".join(rng.choice(alphabet) for _ in range(rng.randint(1, max_len))) for _ in range(words))


def check_learn(solution, corpus, num_merges, want=None):
    want = oracle_learn(corpus, num_merges) if want is None else want
    shown = corpus if len(corpus) < 60 else f"<{len(corpus.split())} words>"
    check_equal(solution.learn_bpe(corpus, num_merges), want, call=call_text("learn_bpe", shown, num_merges))


def check_encode(solution, text, merges, want=None):
    want = oracle_encode(text, merges) if want is None else want
    shown_text = text if len(text) < 60 else f"<{len(text.split())} words>"
    shown_merges = merges if len(merges) <= 6 else f"<{len(merges)} merges>"
    check_equal(solution.encode(text, merges), want, call=call_text("encode", shown_text, shown_merges))


@pytest.mark.parametrize(("alphabet", "words", "num_merges"), [("ab", 40, 12), ("abc", 120, 30), ("abcde", 300, 60)],
                         ids=["ab", "abc", "abcde"])
def test_random_corpora(solution, rng, alphabet, words, num_merges):
    """Random words over a small alphabet: the learned merges, then encoding fresh text with them."""
    for _ in range(3):
        corpus = random_text(rng, alphabet, words)
        merges = oracle_learn(corpus, num_merges)
        check_learn(solution, corpus, num_merges, merges)
        check_encode(solution, random_text(rng, alphabet + "z", 30, 8), merges)


def test_ties_go_to_the_smallest_pair(solution):
    """Equal counts: the smallest (left, right) tuple wins, not the pair seen first."""
    check_learn(solution, "ba ab", 1, [("a", END)])
    check_learn(solution, "zy zy xw xw", 2, [("w", END), ("x", "w</w>")])
    check_learn(solution, "cab cab dab dab", 3, [("a", "b"), ("ab", END), ("c", "ab</w>")])


@pytest.mark.edge
def test_runs_count_without_overlap(solution):
    """('a', 'a') counts once in 'aaa' and twice in 'aaaa': as many times as merging would apply."""
    check_learn(solution, "aaa aaa bc bc bc", 1, [("b", "c")])
    check_learn(solution, "aaaa bc bc bc", 2, [("b", "c"), ("bc", END)])
    check_learn(solution, "aaaa aaaa bc bc bc", 1, [("a", "a")])
    check_learn(solution, "aaaaaaa aaa", 6)


@pytest.mark.edge
def test_encode_runs_left_to_right(solution):
    """A run is merged from the left without overlap: aaaaa -> aa aa a."""
    check_encode(solution, "aaaaa aaa", [("a", "a"), ("aa", "a")], ["aa", "aaa", END, "aaa", END])
    check_encode(solution, "aaaaa", [("a", "a"), ("aa", "aa")], ["aaaa", "a", END])


def test_pairs_stay_inside_words(solution):
    """The end of one word and the start of the next never form a pair."""
    check_learn(solution, "b a b a b a", 2, [("a", END), ("b", END)])
    check_learn(solution, "xa ya za xa", 3, [("a", END), ("x", "a</w>"), ("y", "a</w>")])


def test_encode_applies_merges_in_learned_order(solution):
    """Merges replay once through the list, in order, whatever pair is most frequent in the text being encoded."""
    merges = [("a", "b"), ("b", "c")]
    check_encode(solution, "bc bc bc abc", merges, ["bc", END] * 3 + ["ab", "c", END])
    merges = [("c", END), ("b", "c"), ("a", "b")]
    check_encode(solution, "abc bcd bcd", merges, ["ab", "c</w>", "bc", "d", END, "bc", "d", END])
    # One pass over the list, not "merge the best-ranked pair present until none is left" (GPT-2
    # style): ("ab", "c") comes first, when no "ab" exists yet, so it never applies.
    check_encode(solution, "abc xabcx", [("ab", "c"), ("a", "b")], ["ab", "c", END, "x", "ab", "c", "x", END])


@pytest.mark.edge
@pytest.mark.parametrize(("corpus", "num_merges"), [("", 5), ("   \n\t ", 3), ("low lower", 0)],
                         ids=["empty", "whitespace-only", "zero-merges"])
def test_nothing_to_learn(solution, corpus, num_merges):
    """An empty or all-whitespace corpus, or num_merges = 0: no merges."""
    check_learn(solution, corpus, num_merges, [])


@pytest.mark.edge
def test_stops_when_every_word_is_one_symbol(solution):
    """More merges asked for than exist: learning stops when no word has two symbols."""
    check_learn(solution, "ab ab", 10, [("a", "b"), ("ab", END)])
    check_learn(solution, "a", 4, [("a", END)])


@pytest.mark.edge
def test_any_whitespace_separates_words(solution):
    """Tabs, newlines and repeated spaces separate words; leading and trailing whitespace is ignored."""
    check_learn(solution, "  low\tlow\n\nlow   lowest ", 4)
    check_encode(solution, "\tlow  low\n", [("l", "o"), ("lo", "w")], ["low", END, "low", END])


@pytest.mark.edge
def test_encode_edge_cases(solution):
    """Empty text, no merges, unseen characters."""
    check_encode(solution, "", [("a", "b")], [])
    check_encode(solution, "hi", [], ["h", "i", END])
    check_encode(solution, "xyz abq", [("a", "b"), ("ab", END)], ["x", "y", "z", END, "ab", "q", END])


def _encode_keeps_merges(module, text, merges):
    before = [tuple(m) for m in merges]
    tokens = module.encode(text, merges)
    return {"tokens": tokens, "same": [tuple(m) for m in merges] == before and len(merges) == len(before)}


@pytest.mark.edge
def test_encode_leaves_merges_alone(worker):
    """encode does not modify the merge list it is given."""
    merges = [("l", "o"), ("lo", "w"), ("e", "r")]
    got = worker.probe(_encode_keeps_merges, "lower low", merges, label="encode('lower low', merges)")
    check(got["same"], "encode('lower low', merges) modified the merges list; leave it as given")
