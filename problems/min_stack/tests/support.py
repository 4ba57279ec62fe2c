"""Shared by both min_stack test files: the plain-list replay check and the call-by-call driver."""

from harness.authoring import SubmissionFailure, SubmissionRaised, check, short_repr


def op_text(op) -> str:
    return f"{op[0]}({', '.join(str(x) for x in op[1:])})"


def result_text(result) -> str:
    """What a call did, from its encoded result: ["ok", value] or ["raised", type, text]."""
    if result[0] == "raised":
        return f"raised {result[2]}"
    return f"returned {short_repr(result[1], 40)}"


def history_text(ops, results, upto) -> str:
    """`s = MinStack(); push(1); get_min() -> 1` for ops[:upto], shortened in the middle when long."""
    def shown(lo, hi):
        out = []
        for k in range(lo, hi):
            text = op_text(ops[k])
            result = results[k] if k < len(results) else None
            if result is not None and result[0] == "raised":
                text += f" -> raised {result[1]}"
            elif result is not None and ops[k][0] in ("top", "get_min"):
                text += f" -> {short_repr(result[1], 30)}"
            out.append(text)
        return out

    parts = shown(0, upto) if upto <= 12 else shown(0, 3) + [f"... {upto - 9:,} more calls ..."] + shown(upto - 6, upto)
    return "; ".join(["s = MinStack()"] + parts)


def stack_text(values) -> str:
    if not values:
        return "the stack is empty"
    if len(values) <= 10:
        return f"the stack holds, bottom to top, {values}"
    return f"the stack holds {len(values):,} values, the smallest {min(values)}, the top {values[-1]}"


def check_sequence(ops, results, failed=None) -> None:
    """Replay ops on a plain list; fail at the first call whose outcome differs.

    results[i] is ["ok", value] or ["raised", type name, "Type: message (solution.py, line n)"]
    for every call that ran; failed is [i, message] when call i could not be run at all (a
    timeout or crash; i == -1 for the constructor).
    """
    values, mins = [], []  # mins[k]: the smallest of values[:k + 1]
    if failed is not None and failed[0] == -1:
        check(False, failed[1] if failed[1].startswith("MinStack()") else f"MinStack() {failed[1]}")
    for i, op in enumerate(ops):
        if failed is not None and failed[0] == i:
            check(False, f"{history_text(ops, results, i)}; then {op_text(op)}: {failed[1]}")
        got = results[i]
        name = op[0]
        before = list(values) if len(values) <= 10 else values
        if name != "push" and not values:
            if got[0] == "raised" and got[1] == "IndexError":
                continue
            check(False, f"{history_text(ops, results, i)}; then {op_text(op)} {result_text(got)}; expected it to "
                         f"raise IndexError: the stack is empty")
        if name == "push":
            values.append(op[1])
            mins.append(op[1] if not mins else min(op[1], mins[-1]))
            want = None
        elif name == "pop":
            values.pop()
            mins.pop()
            want = None
        elif name == "top":
            want = values[-1]
        else:
            want = mins[-1]
        if got[0] == "ok" and type(got[1]) is type(want) and got[1] == want:
            continue
        if want is None:
            why = f"{name} returns None" + (" (it removes the top value without returning it)" if name == "pop" else "")
        else:
            why = f"{stack_text(before)}"
            if type(got[1]) is not int and got[0] == "ok":
                why += f"; {name} returns an int, not a {type(got[1]).__name__}"
        check(False, f"{history_text(ops, results, i)}; then {op_text(op)} {result_text(got)}; expected "
                     f"{'None' if want is None else want}: {why}")


def run_with_handles(solution, ops):
    """Call the submission's MinStack once per operation; encode what each call did."""
    try:
        stack = solution.MinStack()
    except SubmissionRaised as exc:
        line = f" (solution.py, line {exc.line})" if exc.line else ""
        return [], [-1, f"raised {exc.error_type}: {exc.error_message}{line}"]
    except SubmissionFailure as exc:
        return [], [-1, exc.message]
    results = []
    for i, op in enumerate(ops):
        try:
            results.append(["ok", getattr(stack, op[0])(*op[1:])])
        except SubmissionRaised as exc:
            line = f" (solution.py, line {exc.line})" if exc.line else ""
            results.append(["raised", exc.error_type, f"{exc.error_type}: {exc.error_message}{line}"])
        except SubmissionFailure as exc:
            return results, [i, exc.message]
    return results, None
