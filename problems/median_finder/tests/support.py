"""Shared by both median_finder test files: the sorted-list replay check and the driver."""

from harness.authoring import SubmissionFailure, SubmissionRaised, check, short_repr, strict_equal


def op_text(op, result=None, show=False) -> str:
    text = f"{op[0]}({', '.join(str(x) for x in op[1:])})"
    return f"{text} -> {short_repr(result, 30)}" if show and op[0] == "median" else text


def history_text(ops, results, upto) -> str:
    """`mf = MedianFinder(); add(1); median() -> 1.0` for ops[:upto], shortened in the middle."""
    def shown(lo, hi):
        return [op_text(ops[k], results[k] if k < len(results) else None, True) for k in range(lo, hi)]

    parts = shown(0, upto) if upto <= 12 else shown(0, 3) + [f"... {upto - 9:,} more calls ..."] + shown(upto - 6, upto)
    return "; ".join(["mf = MedianFinder()"] + parts)


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
