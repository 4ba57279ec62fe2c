"""Visible examples for median_finder (what `drill test` runs).

Each example creates the submission's MedianFinder and calls its methods one at a time; a sorted
list here says what each median should be.
"""

import pytest

from harness.remote import SubmissionFailure, SubmissionRaised, short_repr
from harness.testing import check, strict_equal

EXAMPLES = [
    # the prompt's example (after its first line, which is the empty case below)
    [("add", 1), ("median",), ("add", 2), ("median",), ("add", 3), ("median",), ("add", -10), ("median",)],
    # an odd count gives the middle value as a float
    [("add", 5), ("add", 1), ("add", 3), ("median",)],
    # an even count gives the average of the middle pair, negative here
    [("add", -1), ("add", -4), ("add", -2), ("add", -3), ("median",)],
    # duplicates all count
    [("add", 2), ("add", 2), ("add", 7), ("median",), ("add", 7), ("median",)],
]


def op_text(op, result=None, show=False) -> str:
    text = f"{op[0]}({', '.join(str(x) for x in op[1:])})"
    return f"{text} -> {short_repr(result, 30)}" if show and op[0] == "median" else text


def history_text(ops, results, upto) -> str:
    shown = [op_text(op, r, True) for op, r in zip(ops[:upto], results[:upto])]
    if len(shown) > 12:
        shown = shown[:3] + [f"... {len(shown) - 9:,} more calls ..."] + shown[-6:]
    return "; ".join(["mf = MedianFinder()"] + shown)


def article(noun) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def expected_median(values):
    """values is sorted; the median as the prompt defines it."""
    k = len(values) // 2
    return float(values[k]) if len(values) % 2 else (values[k - 1] + values[k]) / 2


def check_sequence(ops, results, raised=None) -> None:
    """Replay ops on a sorted list; fail at the first call whose result differs."""
    import bisect

    if raised is not None and raised[0] == -1:
        check(False, f"MedianFinder() raised {raised[1]}")
    values = []
    for i, op in enumerate(ops):
        if raised is not None and raised[0] == i:
            check(False, f"{history_text(ops, results, i)}; then {op_text(op)} raised {raised[1]}")
        got = results[i]
        if op[0] == "add":
            bisect.insort(values, op[1])
            if got is not None:
                check(False, f"{history_text(ops, results, i)}; then {op_text(op)} returned "
                             f"{short_repr(got, 40)}; add must return None")
            continue
        want = expected_median(values)
        if strict_equal(got, want):
            continue
        k = len(values) // 2
        if len(values) % 2:
            why = f"the middle of the {len(values)} values is {values[k]}"
        else:
            why = (f"the two middle values of the {len(values)} values are {values[k - 1]} and {values[k]}, "
                   f"and their average is {want!r}")
        sorted_text = f" (sorted: {values})" if len(values) <= 12 else ""
        kind = ""
        if type(got) is not float:
            kind = f" ({article(type(got).__name__)}; median returns a float, true division)"
        check(False, f"{history_text(ops, results, i)}; then median() returned {short_repr(got, 40)}{kind}; "
                     f"expected {want!r}: {why}{sorted_text}")


def run_with_handles(solution, ops):
    mf = solution.MedianFinder()
    results = []
    for i, op in enumerate(ops):
        try:
            results.append(mf.add(op[1]) if op[0] == "add" else mf.median())
        except SubmissionRaised as exc:
            line = f" (solution.py, line {exc.line})" if exc.line else ""
            return results, [i, f"{exc.error_type}: {exc.error_message}{line}"]
        except SubmissionFailure as exc:
            return results, [i, exc.message]
    return results, None


@pytest.mark.parametrize("ops", EXAMPLES, ids=["prompt", "odd", "even-negative", "duplicates"])
def test_example(solution, ops):
    results, raised = run_with_handles(solution, ops)
    check_sequence(ops, results, raised)


def test_example_empty(solution):
    mf = solution.MedianFinder()
    with pytest.raises(SubmissionRaised) as info:
        got = mf.median()
        check(False, f"mf = MedianFinder(); mf.median() returned {short_repr(got, 40)}; expected it to raise "
                     "ValueError (there are no values yet)")
    check(info.value.error_type == "ValueError",
          f"mf = MedianFinder(); mf.median() raised {info.value.error_type}: {info.value.error_message}; "
          "expected ValueError")
