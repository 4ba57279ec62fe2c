"""Hidden tests for serialize_tree: round trips of random trees, the edge cases (empty tree,
single node, 10,000-level-deep trees, negative and many-digit values, zeros), and counted
work for a round trip of a wide tree under a long chain.

Any string format is accepted, so nothing here looks inside the string: each case runs in a
probe that builds the tree in the submission's process with its TreeNode (iteratively, from a
level-order list), calls serialize, checks it returned a str and left the tree alone, calls
deserialize on the string, and walks the result back into a level-order list. The test compares
that list with the original one.
"""

import pytest

from harness.remote import SubmissionFailure, short_repr
from harness.testing import check

DEEP = 10_000


def _round_trips(module, levels, destroy=False):
    """For each level-order list in `levels`: build the tree with module.TreeNode, serialize it,
    deserialize the string, and describe the result as plain data (one report per tree).

    A level-order list is the root, then for every node that exists its left and right
    child, None for a missing one, trailing Nones left out. With destroy=True every original
    node is emptied (val -1, no children) between the two calls, so deserialize can only use
    the string. The report has the string's length and start, whether serialize changed the
    tree, how many returned nodes are original objects, and the returned tree in level order;
    or what was raised and where, or what was wrong with a returned node.
    """
    import traceback
    from collections import deque

    def one(level):
        def raised(stage, exc, **more):
            lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
            return dict(raised=stage, error=f"{type(exc).__name__}: {exc}"[:300], line=lines[-1] if lines else None,
                        **more)

        nodes = []
        if level:
            nodes.append(module.TreeNode(level[0]))
            queue, i = deque(nodes), 1
            while i < len(level):
                node = queue.popleft()
                for side in ("left", "right"):
                    if i < len(level):
                        if level[i] is not None:
                            child = module.TreeNode(level[i])
                            setattr(node, side, child)
                            queue.append(child)
                            nodes.append(child)
                        i += 1
        root = nodes[0] if nodes else None
        before = [(node.val, node.left, node.right) for node in nodes]
        try:
            data = module.serialize(root)
        except Exception as exc:
            return raised("serialize", exc)
        if type(data) is not str:
            return {"not_str": type(data).__name__, "shown": repr(data)[:80]}
        changed = next((k for k, (node, (v, left, right)) in enumerate(zip(nodes, before))
                        if type(node.val) is not type(v) or node.val != v or node.left is not left
                        or node.right is not right), None)
        if destroy:
            for node in nodes:
                node.val, node.left, node.right = -1, None, None
        facts = {"data_len": len(data), "data_head": data[:60], "changed": changed}
        try:
            rebuilt = module.deserialize(data)
        except Exception as exc:
            return raised("deserialize", exc, **facts)

        original = {id(node) for node in nodes}
        reused = 0
        out = []

        def visit(node, where):
            nonlocal reused
            if not isinstance(node, module.TreeNode):
                return f"{where} is a {type(node).__name__}, not a TreeNode"
            if type(node.val) is not int:
                return f"{where} has val {repr(node.val)[:40]} (a {type(node.val).__name__}); values must be ints"
            if id(node) in original:
                reused += 1
            out.append(node.val)
            return None

        if rebuilt is not None:
            problem = visit(rebuilt, "the returned root")
            if problem:
                return dict(bad=problem, **facts)
            seen, queue = {id(rebuilt)}, deque([rebuilt])
            while queue:
                node = queue.popleft()
                for side in ("left", "right"):
                    child = getattr(node, side, None)
                    if child is None:
                        out.append(None)
                        continue
                    if id(child) in seen:
                        return dict(bad=f"a node is reached twice (the {side} child of the node holding {node.val!r}): "
                                        "the result is not a tree", **facts)
                    seen.add(id(child))
                    problem = visit(child, f"the {side} child of the node holding {node.val!r}")
                    if problem:
                        return dict(bad=problem, **facts)
                    queue.append(child)
                if len(seen) > 2 * len(nodes) + 10:
                    return dict(bad=f"the returned tree has more than {2 * len(nodes) + 10:,} nodes; the original "
                                    f"has {len(nodes):,}", **facts)
            while out and out[-1] is None:
                out.pop()
        return dict(tree=out, reused=reused, **facts)

    return [one(level) for level in levels]


# --- the test side ----------------------------------------------------------------------------


def shape_facts(level):
    """(number of nodes, depth) of a level-order list."""
    count = sum(v is not None for v in level)
    if not level:
        return 0, 0
    depth, width, i = 0, 1, 1  # width: nodes on the current level
    while width:
        depth += 1
        nxt = 0
        for _ in range(2 * width):
            if i < len(level):
                nxt += level[i] is not None
                i += 1
        width = nxt
    return count, depth


def tree_text(level) -> str:
    if not level:
        return "the empty tree (None)"
    count, depth = shape_facts(level)
    if len(level) <= 15:
        return f"the tree {level} (level order, None = no child)"
    return (f"the tree {short_repr(level, 90)} (level order, None = no child; {count:,} nodes, "
            f"{depth:,} levels)")


def round_trips(worker, levels, destroy=False):
    """One probe for several trees (shipping a probe costs more than a small round trip)."""
    label = (f"deserialize(serialize(root)) on {tree_text(levels[0])}" if len(levels) == 1 else
             f"deserialize(serialize(root)) on {len(levels)} trees, the first {tree_text(levels[0])}")
    try:
        return worker.probe(_round_trips, levels, destroy, label=label)
    except SubmissionFailure as exc:
        check(False, str(exc))


def check_round_trip(level, report, destroy=False) -> None:
    """Judge one report: the message says which call, on which tree, what came back."""
    tree = tree_text(level)
    _, depth = shape_facts(level)
    if "raised" in report:
        line = f" (solution.py, line {report['line']})" if report.get("line") else ""
        why = ""
        if report["error"].startswith("RecursionError"):
            why = (f". The tree is {depth:,} levels deep and Python stops at about 1,000 nested calls: "
                   "walk it with an explicit stack or a queue instead of recursion")
        given = "root" if report["raised"] == "serialize" else f"the string serialize returned ({string_text(report)})"
        check(False, f"{report['raised']}({given}) raised {report['error']}{line}, on {tree}{why}")
    if "not_str" in report:
        check(False, f"serialize(root) returned {report['shown']} (a {report['not_str']}) on {tree}; "
                     "expected a str")
    if report["changed"] is not None:
        check(False, f"serialize(root) changed the tree it was given (node {report['changed'] + 1} in level "
                     f"order), on {tree}; it must leave the tree as it was")
    if "bad" in report:
        check(False, f"deserialize(serialize(root)) on {tree}: {report['bad']} (serialize returned "
                     f"{string_text(report)})")
    got = report["tree"]
    if got != level:
        check(False, f"deserialize(serialize(root)) on {tree} gave {describe_difference(got, level)} "
                     f"(serialize returned {string_text(report)})"
                     + (". The original nodes were emptied before deserialize ran, so only the string "
                        "was there to rebuild from" if destroy else ""))
    if report["reused"]:
        check(False, f"deserialize(serialize(root)) on {tree} returned {report['reused']:,} of the original "
                     "node objects; deserialize must build new TreeNodes from the string alone")


def string_text(report) -> str:
    head = report["data_head"]
    if report["data_len"] > len(head):
        return f"{head!r}... ({report['data_len']:,} characters)"
    return repr(head)


def describe_difference(got, want) -> str:
    if not got:
        return "the empty tree (None)"
    count_got, count_want = sum(v is not None for v in got), sum(v is not None for v in want)
    k = next((i for i, (g, w) in enumerate(zip(got, want)) if type(g) is not type(w) or g != w),
             min(len(got), len(want)))
    g = got[k] if k < len(got) else "nothing (the list ends)"
    w = want[k] if k < len(want) else "nothing (the list ends)"
    counts = f"{count_got:,} nodes" + (f" instead of {count_want:,}" if count_got != count_want else "")
    return (f"the tree {short_repr(got, 90)} ({counts}); the level-order lists first differ at position "
            f"{k}: {g!r} instead of {w!r}")


def check_trees(worker, levels, destroy=False) -> None:
    for level, report in zip(levels, round_trips(worker, levels, destroy)):
        check_round_trip(level, report, destroy)


def check_tree(worker, level, destroy=False) -> None:
    check_trees(worker, [level], destroy)


def random_level(rng, n, low=-100, high=100, p_child=0.6):
    """A random tree of at most n nodes, as a canonical level-order list."""
    if n == 0:
        return []
    level, count, pending = [rng.randint(low, high)], 1, 1
    while pending and count < n:
        pending -= 1
        for _ in range(2):
            if count < n and rng.random() < p_child:
                level.append(rng.randint(low, high))
                count += 1
                pending += 1
            else:
                level.append(None)
    while level and level[-1] is None:
        level.pop()
    return level


def chain_level(values, sides):
    """A path: values[k + 1] is the child of values[k] on side sides[k] ("L" or "R")."""
    level = [values[0]]
    for value, side in zip(values[1:], sides):
        level += [value, None] if side == "L" else [None, value]
    while level and level[-1] is None:
        level.pop()
    return level


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(4))
def test_random_small_trees(worker, rng, batch):
    """Random trees of up to 15 nodes with small, often repeated values."""
    check_trees(worker, [random_level(rng, rng.randint(1, 15), -9, 9) for _ in range(25)])


@pytest.mark.parametrize("n,p", [(300, 0.55), (3_000, 0.7)])
def test_random_larger_trees(worker, rng, n, p):
    """Larger random trees with values over the whole range."""
    check_tree(worker, random_level(rng, n, -10**9, 10**9, p_child=p))


def test_complete_tree(worker):
    """A complete tree of 1,023 nodes (every level full)."""
    check_tree(worker, list(range(1, 1024)))


@pytest.mark.parametrize("level", [[1, 2], [1, None, 2], [1, 2, 3, None, 4], [1, 2, 3, 4]],
                         ids=["left-child", "right-child", "inner-gap", "left-leaf"])
def test_left_and_right_differ(worker, level):
    """Trees with the same values in different places must come back in their own shape."""
    check_tree(worker, level)


def test_string_alone_suffices(worker, rng):
    """The original nodes are emptied after serialize: deserialize must rebuild from the string."""
    check_tree(worker, random_level(rng, 40, -1000, 1000), destroy=True)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty_tree(worker):
    """The empty tree (None) serializes to a str and comes back as None."""
    check_tree(worker, [])


@pytest.mark.edge
@pytest.mark.parametrize("value", [5, 0, -7, 10**9], ids=["five", "zero", "negative", "large"])
def test_single_node(worker, value):
    """One node, no children."""
    check_tree(worker, [value])


@pytest.mark.edge
@pytest.mark.parametrize("shape", ["left", "right", "zigzag"])
def test_deep_tree(worker, rng, shape):
    """A path 10,000 levels deep: far past Python's recursion limit of about 1,000."""
    sides = {"left": "L" * DEEP, "right": "R" * DEEP, "zigzag": "LR" * (DEEP // 2)}[shape]
    values = [rng.randint(-10**6, 10**6) for _ in range(DEEP)]
    check_tree(worker, chain_level(values, sides[:DEEP - 1]))


@pytest.mark.edge
@pytest.mark.parametrize("level", [
    [-1, -22, -333, None, -4444],
    [-10**9, 10**9, -10**9, 10**9 - 1, None, None, -1],
    [10, -10, 100, -100, 1000, -1000, 1],
], ids=["negatives", "extremes", "digits-and-signs"])
def test_negative_and_long_values(worker, level):
    """Negative values and values of many digits must come back exactly."""
    check_tree(worker, level)


@pytest.mark.edge
@pytest.mark.parametrize("level", [[0, 0, None, 0], [0, None, 0, 0, 0], [1, 0, 0, None, 0, 0]],
                         ids=["left-zeros", "right-zeros", "mixed"])
def test_zero_values(worker, level):
    """0 is a value like any other, not a missing node."""
    check_tree(worker, level)


@pytest.mark.edge
def test_repeated_values(worker, rng):
    """Every node holds the same value: only the shape tells the trees apart."""
    check_trees(worker, [random_level(rng, rng.randint(2, 20), 7, 7) for _ in range(10)])


@pytest.mark.edge
def test_wide_random_repeated(worker, rng):
    """A bushy random tree of 2,000 nodes with values from a small set."""
    check_tree(worker, random_level(rng, 2_000, -3, 3, p_child=0.8))


# --- complexity --------------------------------------------------------------------------------


def _round_trip_driver(module, level):
    """Build the tree in level order, then serialize and deserialize it."""
    from collections import deque

    root = None
    if level:
        root = module.TreeNode(level[0])
        queue, i = deque([root]), 1
        while i < len(level):
            node = queue.popleft()
            if level[i] is not None:
                node.left = module.TreeNode(level[i])
                queue.append(node.left)
            i += 1
            if i < len(level) and level[i] is not None:
                node.right = module.TreeNode(level[i])
                queue.append(node.right)
            i += 1
    module.deserialize(module.serialize(root))


def worst_case(n, rng):
    """n nodes: a path of min(n // 25, 200) nodes going right, then a complete tree of the rest
    hanging from its end. Deep enough that laying the tree out as a heap array (children of
    slot i at 2i + 1 and 2i + 2) needs 2^depth slots, wide enough that a list used as a queue
    is long; shallow enough for recursion."""
    chain = min(n // 25, 200)
    values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    level = [values[0]]
    for v in values[1:chain + 1]:
        level += [None, v]
    return (level + values[chain + 1:],)


@pytest.mark.complexity
def test_time_of_round_trip(complexity):
    """Operations counted for building, serializing and deserializing a tree of n nodes, at 4 sizes."""
    complexity.time(_round_trip_driver, worst_case, sizes=(250, 500, 1000, 2000), guard_size=500,
                    label="serialize + deserialize of an n-node tree")
