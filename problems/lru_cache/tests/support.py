"""Shared by both lru_cache test files: the OrderedDict oracle, its replay check, the driver."""

from harness.authoring import SubmissionFailure, SubmissionRaised, check, short_repr, strict_equal


class OracleLRU:
    """The oracle: an OrderedDict LRU cache that also remembers when each key was written or evicted."""

    def __init__(self, capacity):
        from collections import OrderedDict

        self.capacity = capacity
        self.data = OrderedDict()  # least recently used first
        self.written_at = {}  # key -> number of the operation that last put it
        self.evicted_by = {}  # key -> number of the operation whose put evicted it

    def get(self, key, _step=None):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value, step=None):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        self.written_at[key] = step
        self.evicted_by.pop(key, None)
        if len(self.data) > self.capacity:
            oldest, _ = self.data.popitem(last=False)
            self.evicted_by[oldest] = step


def op_text(op, result=None, show_result=False) -> str:
    text = f"{op[0]}({', '.join(str(x) for x in op[1:])})"
    return f"{text} -> {short_repr(result, 30)}" if show_result and op[0] == "get" else text


def history_text(capacity, ops, results, upto) -> str:
    """`LRUCache(2); put(1, 10); get(1) -> 10` for ops[:upto], shortened in the middle when long."""
    shown = [op_text(op, r, True) for op, r in zip(ops[:upto], results[:upto])]
    if len(shown) > 12:
        shown = shown[:3] + [f"... {len(shown) - 9:,} more operations ..."] + shown[-6:]
    return "; ".join([f"cache = LRUCache({capacity})"] + shown)


def why_text(oracle, ops, key, got, want) -> str:
    """Why `want` is the right answer for get(key), from the oracle's bookkeeping."""
    if want == -1:
        if key in oracle.evicted_by:
            j = oracle.evicted_by[key]
            return (f"key {key} was evicted by operation {j + 1}, {op_text(ops[j])}, which filled the cache "
                    f"past its capacity of {oracle.capacity} while {key} was the least recently used key")
        return f"key {key} was never put"
    j = oracle.written_at[key]
    if got == -1:
        rank = ("the most recently used key" if oracle.capacity == 1 else
                f"among the {oracle.capacity} most recently used keys")
        return (f"key {key} is still cached: it was last written by operation {j + 1}, {op_text(ops[j])}, "
                f"and it is {rank}")
    return f"the last put of key {key} was operation {j + 1}, {op_text(ops[j])}"


def contents_text(items) -> str:
    """What the cache should hold (a snapshot of oracle.data), for small caches only."""
    if items is None:
        return ""
    if not items:
        return " Before that call the cache should be empty."
    return (" Before that call the cache should hold, least to most recently used: "
            + ", ".join(f"{k}: {v}" for k, v in items) + ".")


def check_sequence(capacity, ops, results, raised=None) -> None:
    """Replay ops on the oracle; fail at the first operation whose result differs.

    results[i] is what operation i returned (None for a put) for every operation that ran.
    raised is [i, text] when operation i raised (i == -1: the constructor), text being
    "KeyError: 3 (solution.py, line 12)"; or [i, None, message] when it failed otherwise
    (a timeout or crash), message saying so in full.
    """
    if raised is not None and raised[0] == -1:
        check(False, f"LRUCache({capacity}) raised {raised[1]}")
    oracle = OracleLRU(capacity)
    for i, op in enumerate(ops):
        if raised is not None and raised[0] == i:
            what = f"{op_text(op)} raised {raised[1]}" if raised[1] is not None else raised[2]
            check(False, f"{history_text(capacity, ops, results, i)}; then {what}")
        got = results[i]
        before = list(oracle.data.items()) if len(oracle.data) <= 10 else None
        if op[0] == "put":
            oracle.put(op[1], op[2], i)
            if got is not None:
                check(False, f"{history_text(capacity, ops, results, i)}; then {op_text(op)} returned "
                             f"{short_repr(got, 40)}; put must return None")
            continue
        want = oracle.get(op[1])
        if not strict_equal(got, want):
            kind = ""
            if type(got) is not int:
                kind = f" (a {type(got).__name__}; get returns an int, -1 when missing)"
            check(False, f"{history_text(capacity, ops, results, i)}; then {op_text(op)} returned "
                         f"{short_repr(got, 40)}{kind}; expected {want}: "
                         f"{why_text(oracle, ops, op[1], got, want)}.{contents_text(before)}")


def run_with_handles(solution, capacity, ops):
    """Drive the submission's LRUCache with one remote call per operation; return what each returned."""
    cache = solution.LRUCache(capacity)
    results = []
    for i, op in enumerate(ops):
        try:
            results.append(cache.get(op[1]) if op[0] == "get" else cache.put(op[1], op[2]))
        except SubmissionRaised as exc:
            line = f" (solution.py, line {exc.line})" if exc.line else ""
            return results, [i, f"{exc.error_type}: {exc.error_message}{line}"]
        except SubmissionFailure as exc:
            return results, [i, None, exc.message]
    return results, None
