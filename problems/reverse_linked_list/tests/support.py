"""Shared by both reverse_linked_list test files: the reversal probe and the checks on it."""

from harness.authoring import SubmissionFailure, check, short_repr


def _reverse_in_worker(module, values):
    """Build a linked list, reverse it with the submission, and describe the result as plain data.

    `values` is a list of ints, or {"n": n, "seed": s} to generate n values here (long lists are
    cheaper to make in the worker than to send). The report says, for each node read from the
    returned head, which original node it is (-1: a new object), compressed into runs; values of
    new nodes; where a cycle closes; and where the old head's next points.
    """
    import random
    import traceback

    if isinstance(values, dict):
        r = random.Random(values["seed"])
        values = [r.getrandbits(31) - 2**30 for _ in range(values["n"])]
    nodes = [module.ListNode(v) for v in values]
    for node, following in zip(nodes, nodes[1:] + [None]):
        node.next = following
    where = {id(node): k for k, node in enumerate(nodes)}
    try:
        head = module.reverse_list(nodes[0] if nodes else None)
    except Exception as exc:  # reported to the test as data, with the submission's line
        lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
        return {"raised": f"{type(exc).__name__}: {exc}"[:300], "line": lines[-1] if lines else None}
    if head is not None and not isinstance(head, module.ListNode):
        return {"returned": f"a {type(head).__name__}"}
    runs, new_values, seen, cycle_to = [], [], {}, None
    node = head
    while node is not None:
        if id(node) in seen:
            cycle_to = seen[id(node)]
            break
        seen[id(node)] = len(seen)
        k = where.get(id(node), -1)
        if k == -1:
            new_values.append(node.val if type(node.val) is int else repr(node.val))
        if runs and (k == -1 == runs[-1][0] or runs[-1][0] - runs[-1][1] == k >= 0):
            runs[-1][1] += 1
        else:
            runs.append([k, 1])
        node = node.next
        if node is not None and not isinstance(node, module.ListNode):
            return {"returned": f"a list in which some next pointer holds a {type(node).__name__}"}
    old_head_next = None
    if nodes and nodes[0].next is not None:
        old_head_next = where.get(id(nodes[0].next), -1)
    return {"runs": runs, "new_values": new_values, "cycle_to": cycle_to,
            "old_head_next": old_head_next}


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
    if len(values) <= 12:
        return " -> ".join(short_repr(v, 20) for v in values)
    shown = [short_repr(v, 20) for v in values[:8]] + ["..."] + [short_repr(v, 20) for v in values[-2:]]
    return " -> ".join(shown) + f" ({len(values):,} nodes)"


def read_back(values, report):
    """Expand the probe's runs: (original node index or -1 per node, value per node)."""
    origin = []
    for first, length in report["runs"]:
        origin.extend([-1] * length if first == -1 else range(first, first - length, -1))
    new_values = iter(report["new_values"])
    return origin, [values[k] if k >= 0 else next(new_values) for k in origin]


def check_reversed(values, report) -> None:
    """Judge the probe's report on reversing `values`; the message names the call and the gap."""
    call = f"reverse_list({list_text(values)})"
    if "raised" in report:
        line = f" (solution.py, line {report['line']})" if report.get("line") else ""
        why = ""
        if report["raised"].startswith("RecursionError"):
            why = (f". Recursing once per node needs {len(values):,} nested calls, past Python's "
                   "recursion limit; use a loop (O(1) extra space)")
        check(False, f"{call} raised {report['raised']}{line}{why}")
    check("returned" not in report,
          f"{call} returned {report.get('returned')}; expected a ListNode (the new head) or None")
    want = values[::-1]
    origin, got = read_back(values, report)
    cycle_to = report["cycle_to"]
    if cycle_to is not None:
        why = " The old head is now the last node: set its next to None." if origin[-1] == 0 else ""
        check(False, f"{call} returned a list that never ends: reading from the returned head gives "
                     f"{list_text(got)}, and then the last of those nodes points back to the node "
                     f"holding {got[cycle_to]!r} (node {cycle_to + 1} of the walk).{why}")
    if not values:
        check(got == [], f"{call} returned the list {list_text(got)}; expected None (the empty list)")
        return
    check(got != [], f"{call} returned None; expected the head of {list_text(want)}")
    if got != want:
        if len(got) != len(want):
            gap = f"{len(got):,} nodes instead of {len(want):,}"
        else:
            k = next(i for i, (g, w) in enumerate(zip(got, want)) if g != w)
            gap = f"first difference at node {k + 1}"
        check(False, f"{call} returned {list_text(got)}; expected {list_text(want)} ({gap})")
    if -1 in origin:
        k = origin.index(-1)
        check(False, f"{call} returned the right values, but node {k + 1} of the result (value {got[k]!r}) "
                     "is a new object, not one of the nodes passed in; reverse in place by relinking "
                     "the original nodes' next pointers")
    want_origin = list(range(len(values) - 1, -1, -1))
    if origin != want_origin:
        k = next(i for i, (g, w) in enumerate(zip(origin, want_origin)) if g != w)
        check(False, f"{call} returned the right values, but node {k + 1} of the result is original node "
                     f"{origin[k] + 1}, not original node {want_origin[k] + 1}: relink the nodes instead "
                     "of moving values between them")
    check(report["old_head_next"] is None,
          f"{call}: after the call the old head (value {values[0]!r}) still has a next pointer; it is "
          "the last node of the reversed list, so its next must be None")
