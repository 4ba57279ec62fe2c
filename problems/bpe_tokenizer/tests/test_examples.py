"""Visible examples for bpe_tokenizer (what `drill test` runs)."""

from harness.authoring import call_text, check_equal

CORPUS = "low low low lower newest newest"
MERGES = [("l", "o"), ("lo", "w"), ("low", "</w>"), ("e", "s")]


def test_example_learn(solution):
    check_equal(solution.learn_bpe(CORPUS, 4), MERGES, call=call_text("learn_bpe", CORPUS, 4))


def test_example_encode(solution):
    check_equal(solution.encode("lower lowest", MERGES), ["low", "e", "r", "</w>", "low", "es", "t", "</w>"],
                call=call_text("encode", "lower lowest", MERGES))


def test_example_runs(solution):
    check_equal(solution.learn_bpe("aaa", 3), [("a", "</w>"), ("a", "a"), ("aa", "a</w>")],
                call=call_text("learn_bpe", "aaa", 3))
    check_equal(solution.encode("aaaaa", [("a", "a")]), ["aa", "aa", "a", "</w>"],
                call=call_text("encode", "aaaaa", [("a", "a")]))
