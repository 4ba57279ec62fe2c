"""The terminal report: repeated failures grouped by cause, long values cut between tokens, layout kept."""

from __future__ import annotations

from rich.text import Text

from harness.grading import report as rep
from harness.grading import results
from harness.grading.results import Outcome, Report


def _report(*tests: results.TestResult) -> Report:
    return Report(kind="grade", slug="two_sum", title="Two Sum", round="coding", seed=7, started_at="now",
                  duration=1.0, isolation="none", harness_version="0", tests=tests)


def _failed(i: int, message: str, category: str = "correctness", output: str = "") -> results.TestResult:
    return results.TestResult(f"t{i}", f"test_{i}", category, Outcome.FAILED, message=message, output=output)


def _text(report: Report, verbose: bool = False) -> str:
    return "\n".join(Text.from_markup(line).plain for line in rep.render_text(report, verbose=verbose))


def test_repeated_causes_are_grouped_with_a_count():
    tuples = [_failed(i, f"two_sum([{i}, {i + 1}], {2 * i}) returned ({i}, 1); expected [{i}, 1]") for i in range(23)]
    ints = [_failed(100 + i, f"f({i}) returned np.int64({i}); expected a Python int such as {i}") for i in range(18)]
    slow = [_failed(200 + i, f"two_sum([{i}] * 5, 3) took longer than 10 s (the time limit per call)", "edge")
            for i in range(42)]
    text = _text(_report(*tuples, *ints, *slow))
    assert "+ 22 more with the same cause" in text and "+ 17 more with the same cause" in text
    assert "+ 41 more with the same cause" in text
    assert text.count("  x ") == 3  # one block per cause
    assert "... and" not in text
    verbose = _text(_report(*tuples, *ints, *slow), verbose=True)
    assert verbose.count("  x ") == 83


def test_causes_beyond_the_limit_are_counted():
    tests = [_failed(i, f"check {'abcdefgh'[i]} failed") for i in range(8)]
    text = _text(_report(*tests))
    assert text.count("  x ") == rep.MAX_FAILURES_SHOWN
    assert "... and 2 more in 2 other causes" in text


def test_long_values_are_cut_between_tokens_and_multi_line_values_stay_indented():
    long_list = "[" + ", ".join(str(10_000 + i) for i in range(400)) + "]"
    multi = "f() returned\narray([[1, 2],\n       [3, 4]])\nexpected something else"
    text = _text(_report(_failed(1, f"f() returned {long_list}"), _failed(2, multi)))
    line = next(x for x in text.splitlines() if "f() returned [" in x)
    assert len(line) < rep.MAX_LINE + 60 and "more characters" in line
    kept = line.split(" ... (")[0]
    assert kept.endswith(",") and kept.rsplit(" ", 1)[-1].rstrip(",").isdigit()
    assert len(kept.rsplit(" ", 1)[-1].rstrip(",")) == 5  # a whole number, not half of one
    assert "      array([[1, 2]," in text and "             [3, 4]])" in text


def test_cut_keeps_short_text_and_says_how_much_is_left():
    assert rep.cut("short", 10) == "short"
    assert rep.cut("aaaa bbbb cccc dddd", 12) == "aaaa bbbb ... (10 more characters)"


def test_a_tests_description_is_its_whole_first_sentence():
    """A docstring's first sentence often wraps: the report shows all of it, and no more."""
    from harness.trusted.plugin import first_sentence

    assert first_sentence("Operations counted on 40 to 320 four-letter words,\n    every one reachable. "
                          "More detail.") == "Operations counted on 40 to 320 four-letter words, every one reachable."
    assert first_sentence("Uses e.g. a heap of 1.5 k items. Then more.") == "Uses e.g. a heap of 1.5 k items."
    assert first_sentence("One line\n\nA second paragraph.") == "One line"
    assert first_sentence("") == ""
