"""Shared by both merge_k_sorted_lists test files: the merge probe and the check on its report."""

from harness.authoring import SubmissionFailure, check, short_repr


def _merge_in_worker(module, spec):
    """Build the lists with the submission's ListNode, merge them, and describe the result as plain data.

    `spec` is a list of lists of ints (None-free; an empty list is an empty linked list), or
    {"lists": k, "each": m, "seed": s} for k random sorted lists of m values made here (cheaper
    than sending them), or {"long": n, "empty": e} for one list 0..n-1 among e empty lists. The
    report holds the values read from the returned head, or why they could not be read.
    """
    import random
    import traceback

    if isinstance(spec, dict) and "long" in spec:
        spec = [list(range(spec["long"]))] + [[] for _ in range(spec["empty"])]
    elif isinstance(spec, dict):
        r = random.Random(spec["seed"])
        spec = [sorted(r.randint(-10**9, 10**9) for _ in range(spec["each"])) for _ in range(spec["lists"])]
    heads = []
    for values in spec:
        head = None
        for value in reversed(values):
            node = module.ListNode(value)
            node.next = head
            head = node
        heads.append(head)
    try:
        result = module.merge_k_lists(heads)
    except Exception as exc:  # reported to the test as data, with the submission's line
        lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
        return {"raised": f"{type(exc).__name__}: {exc}"[:300], "line": lines[-1] if lines else None}
    total = sum(len(values) for values in spec)
    got, node = [], result
    while node is not None:
        if not isinstance(node, module.ListNode):
            return {"values": got, "bad": f"a {type(node).__name__} where a ListNode should be"}
        if len(got) > total:  # longer than the input: a cycle or invented nodes
            return {"values": got, "bad": "more nodes than the input holds (a cycle?)"}
        got.append(node.val)
        node = node.next
    return {"values": got}


def run_probe(worker, call, fn, *args):
    """worker.probe(fn, *args), with a timeout or exception reported against `call`, not fn's name."""
    try:
        return worker.probe(fn, *args)
    except SubmissionFailure as exc:
        check(False, str(exc).replace(f"{fn.__name__}(...)", call, 1))


def list_text(values) -> str:
    """`1 -> 2 -> 3`, `None` for the empty list, shortened for long lists."""
    if not values:
        return "None"
    if len(values) <= 10:
        return " -> ".join(short_repr(v, 20) for v in values)
    shown = [short_repr(v, 20) for v in values[:6]] + ["..."] + [short_repr(v, 20) for v in values[-2:]]
    return " -> ".join(shown) + f" ({len(values):,} nodes)"


def call_of(lists) -> str:
    if len(lists) > 8:
        return f"merge_k_lists(<{len(lists):,} lists, {sum(map(len, lists)):,} nodes>)"
    return "merge_k_lists([" + ", ".join(list_text(values) for values in lists) + "])"


def check_merged(lists, report, *, call=None) -> None:
    """Judge the probe's report on merging `lists` (lists of ints)."""
    call = call or call_of(lists)
    if "raised" in report:
        line = f" (solution.py, line {report['line']})" if report.get("line") else ""
        why = ""
        if report["raised"].startswith("TypeError") and "ListNode" in report["raised"]:
            why = (". Two equal values made the heap compare the nodes themselves; put a tie-breaker "
                   "(such as the list's index) between the value and the node")
        elif report["raised"].startswith("AttributeError") and "NoneType" in report["raised"]:
            why = ". An empty list is None: skip it"
        check(False, f"{call} raised {report['raised']}{line}{why}")
    got = report["values"]
    if "bad" in report:
        check(False, f"{call} returned a list with {report['bad']}, after {list_text(got)}")
    want = sorted(v for values in lists for v in values)
    if got != want:
        if len(got) != len(want):
            gap = f"{len(got):,} nodes instead of {len(want):,}"
        else:
            k = next(i for i, (g, w) in enumerate(zip(got, want, strict=True)) if g != w)
            gap = f"first difference at node {k + 1}"
        check(False, f"{call} returned {list_text(got)}; expected {list_text(want)} ({gap})")
