"""Hidden tests for level_order: random trees against an oracle that reads the levels straight
off the level-order list, the edge cases (empty, one node, deep paths), and complete trees for
the complexity checks.

Each case runs in a probe that builds the tree in the submission's process with its TreeNode
from a level-order list (None marks a missing child; children of missing nodes are not listed),
calls level_order there, and sends back what it returned as plain data.
"""

import pytest

from harness.authoring import SubmissionFailure, check, fact, short_repr

DEEP = fact("deep_path")
LARGE = 50_000


def _level_order_in_worker(module, trees, check_unchanged=False):
    """For each tree in `trees`: build it with module.TreeNode, call level_order, report the result.

    A tree is a level-order list, or {"complete": n} for the complete tree of n nodes whose
    values are 0 .. n - 1 in level order (cheaper to make here than to send). Several trees go
    in one probe to save round trips; the reports come back in the same order and stop after
    the first tree that raised. With check_unchanged=True a report also says whether every node
    kept its val, left and right.
    """
    import traceback

    reports = []
    for values in trees:
        if isinstance(values, dict):
            values = list(range(values["complete"]))
        root, parents = None, []
        if values and values[0] is not None:
            root = module.TreeNode(values[0])
            parents, head, i = [root], 0, 1
            while i < len(values):
                parent = parents[head]
                head += 1
                for side in ("left", "right"):
                    if i < len(values) and values[i] is not None:
                        child = module.TreeNode(values[i])
                        setattr(parent, side, child)
                        parents.append(child)
                    i += 1
        before = [(node.val, node.left, node.right) for node in parents] if check_unchanged else None
        try:
            got = module.level_order(root)
        except Exception as exc:  # noqa: BLE001 - reported to the test as data, with the line
            lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
            reports.append({"raised": f"{type(exc).__name__}: {exc}"[:300], "line": lines[-1] if lines else None})
            break
        report = {}
        if before is not None:
            report["changed"] = next((k for k, (node, (val, left, right)) in enumerate(zip(parents, before))
                                      if node.val != val or node.left is not left or node.right is not right),
                                     None)
        reports.append(report)
        if type(got) is not list:
            report["returned"] = f"{repr(got)[:200]} (a {type(got).__name__})"
            continue
        for d, level in enumerate(got):
            if type(level) is not list:
                report["returned"] = f"a list whose level {d} is {repr(level)[:100]} (a {type(level).__name__})"
                break
            bad = next((v for v in level if type(v) is not int), None)
            if bad is not None:
                report["returned"] = (f"a list whose level {d} holds {repr(bad)[:100]} (a {type(bad).__name__}); "
                                      "return the nodes' val, not the nodes")
                break
        else:
            report["levels"] = got
    return reports


def run_probe(worker, call, trees, check_unchanged=False):
    """Run the probe on several trees; a timeout or crash is reported against `call`."""
    try:
        return worker.probe(_level_order_in_worker, trees, check_unchanged)
    except SubmissionFailure as exc:
        check(False, str(exc).replace("_level_order_in_worker(...)", call, 1))


def oracle(values):
    """The levels, read off a level-order list: each listed child is one level below its parent,
    and the list already runs top to bottom, left to right."""
    if not values or values[0] is None:
        return []
    levels, depths = [[values[0]]], [0]
    head, i = 0, 1
    while i < len(values):
        depth = depths[head] + 1
        head += 1
        for _ in range(2):
            if i < len(values) and values[i] is not None:
                depths.append(depth)
                if depth == len(levels):
                    levels.append([])
                levels[depth].append(values[i])
            i += 1
    return levels


def tree_text(values) -> str:
    if not values:
        return "level_order(None)"
    if len(values) <= 15:
        return f"level_order(tree {values})"
    nodes = sum(v is not None for v in values)
    return f"level_order(tree [{', '.join(map(repr, values[:10]))}, ...] ({nodes:,} nodes))"


def check_levels(call, report, want):
    if "raised" in report:
        line = f" (solution.py, line {report['line']})" if report.get("line") else ""
        why = ""
        if report["raised"].startswith("RecursionError"):
            why = (f". The tree is {len(want):,} levels deep, past Python's recursion limit; "
                   "walk it with a queue instead of recursion")
        check(False, f"{call} raised {report['raised']}{line}{why}")
    check("returned" not in report, lambda: f"{call} returned {report['returned']}; expected a list of "
                                            f"levels, each a list of ints: {short_repr(want)}")
    got = report["levels"]
    if got == want:
        return
    d = next((d for d, (g, w) in enumerate(zip(got, want)) if g != w), None)
    if d is None:
        check(False, lambda: f"{call} returned {len(got):,} levels; expected {len(want):,}: {short_repr(want)}"
                             + (" (the empty tree has no levels)" if not want else ""))
    g, w = got[d], want[d]
    hint = ""
    if sorted(g) == sorted(w) and len(g) > 1:
        hint = " (the right values in the wrong order: read each level from left to right)"
    check(False, lambda: f"{call} returned {short_repr(got)}; expected {short_repr(want)}: level {d} (the root is "
                         f"level 0) came back as {short_repr(g, 60)}, expected {short_repr(w, 60)}{hint}")


def traverse_and_check(worker, *trees):
    """Traverse each tree (level-order lists) in one probe and judge the answers in order."""
    label = tree_text(trees[0]) if len(trees) == 1 else f"level_order on {len(trees)} trees"
    reports = run_probe(worker, label, [list(values) for values in trees])
    for values, report in zip(trees, reports):
        check_levels(tree_text(values), report, oracle(values))


def serialize(vals, left, right, root=0):
    """Level-order list of the tree given by child arrays (None for no child), trailing Nones cut."""
    out, queue, head = [vals[root]], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for child in (left[node], right[node]):
            out.append(None if child is None else vals[child])
            if child is not None:
                queue.append(child)
    while out and out[-1] is None:
        out.pop()
    return out


def random_tree(rng, n, *, low=-99, high=99, deep=False):
    """A random tree of n nodes as a level-order list: each new node takes a free child slot,
    anywhere (bushy trees) or, with deep=True, one of the few most recent (long branches)."""
    vals = [rng.randint(low, high) for _ in range(n)]
    left, right = [None] * n, [None] * n
    slots = [(0, 0), (0, 1)]
    for k in range(1, n):
        pick = len(slots) - 1 - rng.randrange(min(3, len(slots))) if deep else rng.randrange(len(slots))
        slots[pick], slots[-1] = slots[-1], slots[pick]
        parent, side = slots.pop()
        (left if side == 0 else right)[parent] = k
        slots += [(k, 0), (k, 1)]
    return serialize(vals, left, right)


def path(n, sides):
    """A path of n nodes with values 1..n; sides(k) is 'L' or 'R': where node k + 1 hangs."""
    values = [1]
    for k in range(1, n):
        values += [k + 1, None] if sides(k) == "L" else [None, k + 1]
    return values


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(5))
def test_random_small(worker, rng, batch):
    """Random trees of 2 to 20 nodes, bushy or with long branches, against the oracle."""
    traverse_and_check(worker, *[random_tree(rng, rng.randint(2, 20), deep=rng.random() < 0.4) for _ in range(30)])


@pytest.mark.parametrize("n,deep", [(300, False), (300, True), (5_000, False)], ids=["bushy", "branchy", "large"])
def test_random_larger(worker, rng, n, deep):
    """Larger random trees."""
    traverse_and_check(worker, random_tree(rng, n, low=-10**9, high=10**9, deep=deep))


@pytest.mark.parametrize("n", [15, 1023, 1000])
def test_complete_trees(worker, n):
    """Complete trees: every level full except perhaps the last, filled from the left."""
    traverse_and_check(worker, list(range(n)))


def test_gaps_on_the_left(worker):
    """Missing children on the left side of wide levels: later nodes must not shift left."""
    traverse_and_check(worker, [1, 2, 3, None, 4, 5, 6, None, None, 7, None, None, 8, 9])


def test_levels_of_uneven_width(worker):
    """Level sizes 1, 2, 1, 3, 1: levels are not powers of two."""
    traverse_and_check(worker, [10, 20, 30, None, 40, None, None, 50, 60, None, None, None, 70, None, 80])


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty_tree(worker):
    """The empty tree (root is None) has no levels: []."""
    traverse_and_check(worker, [])


@pytest.mark.edge
@pytest.mark.parametrize("value", [5, 0, -7])
def test_single_node(worker, value):
    """One node: one level holding its value."""
    traverse_and_check(worker, [value])


@pytest.mark.edge
@pytest.mark.parametrize("side", ["left", "right", "zigzag"])
def test_paths(worker, side):
    """A path of 60 nodes: one node per level, whichever side each child hangs on."""
    sides = {"left": lambda k: "L", "right": lambda k: "R", "zigzag": lambda k: "LR"[k % 2]}[side]
    traverse_and_check(worker, path(60, sides))


@pytest.mark.edge
@pytest.mark.parametrize("side", ["left", "zigzag"])
def test_deep_path(worker, side):
    """A path of 10,000 nodes, 10,000 levels deep: recursion would pass Python's limit."""
    sides = {"left": lambda k: "L", "zigzag": lambda k: "LR"[k % 2]}[side]
    traverse_and_check(worker, path(DEEP, sides))


@pytest.mark.edge
def test_negative_zero_and_repeated_values(worker):
    """Values are returned as they are: negatives, zeros, repeats and the extremes."""
    traverse_and_check(worker, [0, -1, -1, 0, None, 10**9, -10**9, None, 0, 0])


@pytest.mark.edge
def test_tree_not_modified(worker, rng):
    """level_order must leave every node's val, left and right as they were."""
    values = random_tree(rng, 40)
    call = tree_text(values)
    report = run_probe(worker, call, [values], True)[0]
    check(report.get("changed") is None,
          f"{call} modified the tree: afterwards node {report.get('changed')} (counted in level order from "
          "0) had a different val, left or right; the prompt says not to modify it")
    check_levels(call, report, oracle(values))


# --- complexity --------------------------------------------------------------------------------


@pytest.mark.complexity
def test_large_complete_tree(worker):
    """A complete tree of 50,000 nodes (17,233 on the last level): O(n) takes a few milliseconds."""
    call = f"level_order(tree [0, 1, 2, ..., {LARGE - 1:,}] ({LARGE:,} nodes, a complete tree))"
    want, start, width = [], 0, 1
    while start < LARGE:
        want.append(list(range(start, min(start + width, LARGE))))
        start, width = start + width, 2 * width
    check_levels(call, run_probe(worker, call, [{"complete": LARGE}])[0], want)


def worst_case(n, rng):
    """A complete tree of n nodes: its last levels hold about half the nodes, so a queue grows
    to n / 2. Built here, bottom up, with a minimal node class (val, left, right) as the tests'
    trees are; values are fixed ints (rng is not needed: the shape is the worst case)."""

    class Node:
        __slots__ = ("left", "right", "val")

        def __init__(self, val, left, right):
            self.val, self.left, self.right = val, left, right

    nodes = [None] * (2 * n + 2)
    for k in range(n - 1, -1, -1):  # node k's children are nodes 2k + 1 and 2k + 2
        nodes[k] = Node(k * 7_919 % 1_000_003 - 500_000, nodes[2 * k + 1], nodes[2 * k + 2])
    return (nodes[0],)


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted at 4 sizes, and CPU time on complete trees of n and 32n nodes."""
    complexity.time("level_order", worst_case, sizes=(500, 1000, 2000, 4000), guard_size=fact("cpu_check_size"))


def run_and_drop_answer(module, root):
    """Call level_order and let its answer go: the answer's memory then counts as well."""
    module.level_order(root)


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak memory while level_order runs, its answer included, at 4 sizes."""
    # Measured with the answer, not net of it: the harness subtracts the returned value's size
    # from the peak, and a BFS queue only ever holds nodes whose values are not in the answer yet,
    # so net of the answer a deque-based BFS (truly O(width) = O(n) extra) would read as O(log n).
    complexity.space(run_and_drop_answer, worst_case, sizes=(1024, 2048, 4096, 8192),
                     label="level_order (its answer included)")
