"""Hidden tests for reverse_linked_list: random lists, the small edge cases, counted time and
measured extra space, and a 100,000-node list.

Each correctness case runs in a probe that builds the list in the submission's process with its
ListNode, calls reverse_list there, and walks the result (guarding against cycles). It sends
back, for each node it read, which original node that is (or -1 for a new object), plus the
values of any new nodes, so the tests here can insist on a true in-place reversal.
"""

import pytest

from harness.remote import SubmissionFailure, short_repr
from harness.testing import check

LONG = 100_000  # the longest list the prompt allows


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


def generated_values(n, seed):
    """The same values _reverse_in_worker makes for {"n": n, "seed": seed}."""
    import random

    r = random.Random(seed)
    return [r.getrandbits(31) - 2**30 for _ in range(n)]


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


def _reverse_twice_in_worker(module, values):
    """Reverse a list, reverse the result again, and report which original node sits where."""
    nodes = [module.ListNode(v) for v in values]
    for node, following in zip(nodes, nodes[1:] + [None]):
        node.next = following
    where = {id(node): k for k, node in enumerate(nodes)}

    def walk(head):
        origin, seen = [], set()
        while head is not None and id(head) not in seen:
            seen.add(id(head))
            origin.append(where.get(id(head), -1))
            head = head.next
        return origin, head is None

    once, ended = walk(module.reverse_list(nodes[0]))
    if not ended:  # reversing a list with a cycle again would never finish
        return {"once": once, "ended": False}
    twice, ended = walk(module.reverse_list(nodes[-1]))
    return {"once": once, "twice": twice, "ended": ended}


def reverse_and_check(worker, values):
    call = f"reverse_list({list_text(values)})"
    check_reversed(values, run_probe(worker, call, _reverse_in_worker, list(values)))


@pytest.mark.parametrize("batch", range(4))
def test_random_lists(worker, rng, batch):
    """Random lists of 3 to 200 nodes with repeated values, against the reversed input."""
    for _ in range(25):
        n = rng.randint(3, 200)
        reverse_and_check(worker, [rng.randint(-50, 50) for _ in range(n)])


@pytest.mark.parametrize("n", [3, 10, 57])
def test_distinct_values(worker, rng, n):
    """Distinct values in random order."""
    reverse_and_check(worker, rng.sample(range(-10**6, 10**6), n))


def test_reverse_twice_restores(worker, rng):
    """Reversing the reversed list gives back the original nodes in their original order."""
    values = [rng.randint(0, 9) for _ in range(30)]
    call = f"reverse_list(reverse_list({list_text(values)}))"
    got = run_probe(worker, call, _reverse_twice_in_worker, values)
    shown = short_repr([k + 1 for k in got.get("twice", got["once"])], 80)
    check(got["ended"] and "twice" in got,
          f"{call}: the first reversal returned a list with a cycle (original node numbers read from it: "
          f"{shown}); expected a list that ends")
    check(got["twice"] == list(range(len(values))),
          f"{call} did not give back the original nodes in their original order (original node "
          f"numbers read from the result: {shown}, where 0 means a new node)")


@pytest.mark.edge
def test_empty_list(worker):
    """The empty list is None, and reversing it gives None."""
    reverse_and_check(worker, [])


@pytest.mark.edge
@pytest.mark.parametrize("values", [[7], [0], [-3]], ids=["seven", "zero", "negative"])
def test_one_node(worker, values):
    """A one-node list reverses to that same node, whose next stays None."""
    reverse_and_check(worker, values)


@pytest.mark.edge
@pytest.mark.parametrize("values", [[1, 2], [2, 1], [5, 5]], ids=["ascending", "descending", "equal"])
def test_two_nodes(worker, values):
    """Two nodes swap places; the old head's next must become None (no two-node cycle)."""
    reverse_and_check(worker, values)


@pytest.mark.edge
def test_three_nodes(worker):
    """The smallest list with a middle node."""
    reverse_and_check(worker, [1, 2, 3])


@pytest.mark.edge
@pytest.mark.parametrize("values", [[4, 4, 4, 4, 4], [1, 2, 1, 2, 1, 2]], ids=["all-equal", "alternating"])
def test_repeated_values(worker, values):
    """With repeated values only node identity shows whether the nodes were really relinked."""
    reverse_and_check(worker, values)


@pytest.mark.edge
def test_extreme_values(worker):
    """Large negative and positive ints are just values."""
    reverse_and_check(worker, [-10**18, 0, 10**18, -1, 2**63])


# --- complexity --------------------------------------------------------------------------------
#
# The measurement hands the driver below the plain data worst_case made; the driver links it into
# a list of the submission's ListNodes and reverses it. Nodes cannot come from worst_case itself:
# it runs without the submission's module, and the prompt promises lists made of the candidate's
# own ListNode class. What building costs in each measurement, and why it does not blur either:
#
# - Time: linking n nodes is O(n) counted work (a ListNode.__init__ call and a few lines per
#   node), the same order as the reversal, so the total stays linear for an O(n) reversal, and a
#   reversal that is slower than linear still shows as a slope above linear on top of it.
# - Space: the driver returns reverse_list's answer, the new head, from which every node is
#   reachable again (for an in-place reversal). The measurement subtracts what the returned value
#   alone holds, so the n nodes count as output, and what is left of the peak is what the
#   reversal itself allocated, plus its call depth (one frame per node for a recursive reversal).
#   The nodes are linked back to front with no Python list of them, which would itself be O(n)
#   extra memory in the driver.
#
# Sizes (and the CPU guard's sizes) stay below 1,000 nodes so that a recursive reversal, which is
# linear in time, passes the time check and is caught by the space check with its call depth as
# the evidence, rather than by a RecursionError; the 100,000-node test after them shows that
# real-world limit.


def reverse_built_list(module, values):
    """Link `values` into a list of the submission's ListNodes, back to front, and reverse it."""
    head = None
    for value in reversed(values):
        node = module.ListNode(value)
        node.next = head
        head = node
    return module.reverse_list(head)


def any_list(n, rng):
    """n random values: every list of n nodes is a worst case for reversal (each node is relinked)."""
    return ([rng.randrange(-10**9, 10**9) for _ in range(n)],)


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted while linking and reversing lists of 100 to 800 nodes: O(n)."""
    # The CPU guard runs at guard_size and 32 times that; 25 and 800 keep it under the recursion
    # limit too. (Hidden copying in C has no use in a reversal: anything that stores the nodes
    # fails the space check anyway.)
    complexity.time(reverse_built_list, any_list, sizes=(100, 200, 400, 800), guard_size=25,
                    label="reverse_list")


@pytest.mark.complexity
def test_constant_extra_space(complexity):
    """Peak extra memory and call depth while reversing lists of 100 to 800 nodes: O(1)."""
    complexity.space(reverse_built_list, any_list, sizes=(100, 200, 400, 800), label="reverse_list")


@pytest.mark.complexity
def test_long_list(worker, rng):
    """A 100,000-node list (the longest allowed): far too deep for one recursive call per node."""
    spec = {"n": LONG, "seed": rng.randrange(2**31)}
    values = generated_values(**spec)
    call = f"reverse_list({list_text(values)})"
    check_reversed(values, run_probe(worker, call, _reverse_in_worker, spec))
