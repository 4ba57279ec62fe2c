"""Hidden tests for lowest_common_ancestor: random trees against a parent-map oracle, the edge
cases (p == q, p above q, the root, very deep skewed trees), and counted time and space.

Every case runs in a probe that builds the tree in the submission's process from a level-order
list with its TreeNode, calls lowest_common_ancestor there, and sends back the answer as plain
data. The oracle reads the same level-order list here.
"""

from collections import deque

import pytest

from harness.authoring import SubmissionFailure, SubmissionRaised, check, fact, short_repr

DEEP = fact("deep")


def _lca_in_worker(module, cases):
    """For each (level order, [[p, q], ...]) case: build the tree with module.TreeNode, call the
    submission once per pair, and describe each answer as plain data."""
    import traceback
    from collections import deque

    reports = []
    for level, queries in cases:
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
        answers = []
        for p, q in queries:
            try:
                got = module.lowest_common_ancestor(root, p, q)
            except Exception as exc:  # noqa: BLE001 - reported to the test as data, with the line
                lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
                answers.append({"raised": f"{type(exc).__name__}: {exc}"[:300], "line": lines[-1] if lines else None})
                continue
            if type(got) is int:
                answers.append({"value": got})
            elif isinstance(got, module.TreeNode):
                answers.append({"node": got.val if type(got.val) is int else repr(got.val)[:60]})
            else:
                answers.append({"other": repr(got)[:80], "type": type(got).__name__})
        reports.append(answers)
    return reports


# --- trees as level-order lists, and the oracle --------------------------------------------------


def to_level_order(children, values):
    """Level order of the tree whose node k has children[k] = [left, right] (indices or None)."""
    out, queue = [values[0]], deque([0])
    while queue:
        node = queue.popleft()
        for child in children[node]:
            if child is None:
                out.append(None)
            else:
                out.append(values[child])
                queue.append(child)
    while out[-1] is None:
        out.pop()
    return out


def random_tree(rng, n, values, *, deep=False):
    """Level order of a random n-node tree; deep=True hangs new nodes mostly off the newest ones."""
    children, slots = [[None, None]], [(0, 0), (0, 1)]
    for k in range(1, n):
        if deep:
            where = len(slots) - 1 - rng.randrange(min(len(slots), 3))
        else:
            where = rng.randrange(len(slots))
        slots[where], slots[-1] = slots[-1], slots[where]
        parent, side = slots.pop()
        children[parent][side] = k
        children.append([None, None])
        slots += [(k, 0), (k, 1)]
    return to_level_order(children, values)


def chain(values, turns):
    """Level order of a skewed tree: values[k + 1] is the left (turn 'L') or right child of values[k]."""
    out = [values[0]]
    for value, turn in zip(values[1:], turns):
        out += [value, None] if turn == "L" else [None, value]
    while out[-1] is None:
        out.pop()
    return out


def parents_of(level):
    """{value: parent value (None for the root)} and {value: depth} read from a level-order list."""
    parent, depth = {level[0]: None}, {level[0]: 0}
    queue, i = deque([level[0]]), 1
    while i < len(level):
        node = queue.popleft()
        for _ in range(2):
            if i < len(level):
                value = level[i]
                i += 1
                if value is not None:
                    parent[value], depth[value] = node, depth[node] + 1
                    queue.append(value)
    return parent, depth


def ancestors(parent, value):
    """value, its parent, ..., the root."""
    out = []
    while value is not None:
        out.append(value)
        value = parent[value]
    return out


def tree_text(level, depth):
    if len(level) <= 15:
        return f"<tree {level}>"
    return f"<tree of {len(depth):,} nodes, {max(depth.values()) + 1:,} levels: {short_repr(level, 60)}>"


def check_lca(level, p, q, report, parent, depth) -> None:
    """Judge one answer; parent and depth are parents_of(level)."""
    up_p, up_q = ancestors(parent, p), ancestors(parent, q)
    on_p = set(up_p)
    want = next(v for v in up_q if v in on_p)
    call = f"lowest_common_ancestor({tree_text(level, depth)}, {p}, {q})"
    if "raised" in report:
        line = f" (solution.py, line {report['line']})" if report.get("line") else ""
        why = ""
        if report["raised"].startswith("RecursionError"):
            why = (f". The tree is {max(depth.values()) + 1:,} levels deep, past Python's recursion limit: "
                   "walk it with an explicit stack or queue and a parent map")
        check(False, f"{call} raised {report['raised']}{line}{why}")
    if "node" in report:
        check(False, f"{call} returned the TreeNode holding {report['node']}; return its value, an int "
                     f"(expected {want})")
    if "other" in report:
        check(False, f"{call} returned {report['other']} (a {report['type']}); expected an int: {want}")
    got = report["value"]
    if got == want:
        return
    path = (lambda up: " -> ".join(map(str, up[::-1])) if len(up) <= 8
            else " -> ".join(map(str, up[::-1][:3])) + f" -> ... ({len(up):,} nodes) -> " + " -> ".join(map(str, up[2::-1])))
    where = f"root to {p}: {path(up_p)}; root to {q}: {path(up_q)}"
    if got not in depth:
        why = f"{got} is not a value in the tree"
    elif got in on_p and got in set(up_q):
        why = f"{got} is a common ancestor, but not the lowest: {want} lies below it and is an ancestor of both"
    else:
        missing = q if got in on_p else p
        why = f"{got} is not an ancestor of {missing}"
        if p == q:
            why += " (p == q, and a node is its own ancestor)"
    check(False, f"{call} returned {got}; expected {want}: {why} ({where})")


def call_label(level, queries, depth) -> str:
    (p, q), more = queries[0], len(queries) - 1
    also = f" (and {more} more pair{'s' if more > 1 else ''} of values)" if more else ""
    return f"lowest_common_ancestor({tree_text(level, depth)}, {p}, {q}){also}"


def lca_and_check(worker, cases) -> None:
    """Run every (level, [[p, q], ...]) case in one probe, then judge each answer in order.

    If the probe fails as a whole (a timeout, a crash), the cases are run one by one so the
    message names the tree and the pair that caused it.
    """
    trees = [parents_of(level) for level, _ in cases]
    try:
        reports = worker.probe(_lca_in_worker, cases, label=call_label(*cases[0], trees[0][1]) if len(cases) == 1
                               else f"lowest_common_ancestor on {len(cases)} trees")
    except SubmissionFailure as exc:
        if len(cases) == 1 and len(cases[0][1]) == 1:
            check(False, str(exc))
        for level, queries in cases:
            for pair in queries:
                lca_and_check(worker, [(level, [pair])])
        check(False, str(exc))
    for (level, queries), (parent, depth), answers in zip(cases, trees, reports):
        for (p, q), report in zip(queries, answers):
            check_lca(level, p, q, report, parent, depth)


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(4))
def test_random_small(worker, rng, batch):
    """Random trees of 2 to 30 nodes with values in no order, p != q, against the oracle."""
    cases = []
    for _ in range(25):
        n = rng.randint(2, 30)
        values = rng.sample(range(-40, 60), n)
        level = random_tree(rng, n, values, deep=rng.random() < 0.3)
        cases.append((level, [rng.sample(values, 2) for _ in range(2)]))
    lca_and_check(worker, cases)


@pytest.mark.parametrize("n", [300, 3_000])
def test_random_large(worker, rng, n):
    """Larger random trees, p and q anywhere."""
    values = rng.sample(range(-10**6, 10**6), n)
    lca_and_check(worker, [(random_tree(rng, n, values), [rng.sample(values, 2) for _ in range(4)])])


def test_not_a_search_tree(worker):
    """Values that break search-tree order: going left for smaller values leads nowhere."""
    lca_and_check(worker, [([10, 20, 5, 1, 30, None, 7, None, None, 2, 40], [[2, 1], [40, 7], [30, 1]])])


def test_siblings_deep_down(worker, rng):
    """Two leaves far from the root whose lowest common ancestor is their parent."""
    n = 60
    values = rng.sample(range(1, 10**5), n)
    children = [[k + 1, None] if rng.random() < 0.5 else [None, k + 1] for k in range(n - 3)]
    children += [[n - 2, n - 1], [None, None], [None, None]]
    lca_and_check(worker, [(to_level_order(children, values), [[values[n - 2], values[n - 1]]])])


# --- edge cases --------------------------------------------------------------------------------


EXAMPLE = [5, 9, 2, 7, 0, None, 4, None, None, 3, 8]


@pytest.mark.edge
def test_p_equals_q(worker):
    """p == q: a node is its own ancestor, so the answer is p (root, inner node, leaf, one-node tree)."""
    lca_and_check(worker, [([1], [[1, 1]]), (EXAMPLE, [[5, 5], [0, 0], [3, 3], [4, 4]])])


@pytest.mark.edge
def test_one_is_ancestor_of_the_other(worker):
    """When one node is above the other, it is the answer (in either argument order)."""
    lca_and_check(worker, [(EXAMPLE, [[0, 8], [8, 0], [5, 3], [3, 5], [9, 7], [2, 4]])])


@pytest.mark.edge
def test_root_is_the_answer(worker):
    """p and q on different sides of the root, or the root itself is one of them."""
    lca_and_check(worker, [([1, 2, 3], [[2, 3]]), ([1, 2], [[1, 2]]), ([1, None, 2], [[2, 1]]),
                           (EXAMPLE, [[7, 4]])])


@pytest.mark.edge
def test_zero_and_negative_values(worker):
    """0 and negative values are values like any other (the answer may be 0, or the root may be 0)."""
    lca_and_check(worker, [([0, -1, 1, -2, -3], [[-2, -3]]), ([-5, 0, -7, 3, 4], [[3, 4]]),
                           ([10**9, -10**9, 0, 7, 8], [[7, -10**9]]), ([0, 3, None, 4, 5], [[4, 5]])])


def deep_values(rng, n):
    return rng.sample(range(-10**9, 10**9), n)


@pytest.mark.edge
@pytest.mark.parametrize("shape", ["left", "zigzag"])
def test_deep_skewed_tree(worker, rng, shape):
    """A 10,000-level skewed tree: its two deepest nodes, and the root with the deepest node."""
    values = deep_values(rng, DEEP)
    turns = "L" * DEEP if shape == "left" else "".join(rng.choice("LR") for _ in range(DEEP))
    lca_and_check(worker, [(chain(values, turns), [[values[-1], values[-2]], [values[-1], values[0]]])])


@pytest.mark.edge
def test_deep_wishbone(worker, rng):
    """Two 5,000-node chains below the root, p and q at their ends: the answer is the root."""
    values = deep_values(rng, DEEP + 1)
    half = DEEP // 2
    children = [[1, half + 1]]
    for k in range(1, DEEP + 1):
        children.append([k + 1, None] if k not in (half, DEEP) else [None, None])
    lca_and_check(worker, [(to_level_order(children, values), [[values[half], values[DEEP]]])])


def _tree_after_call(module, level, p, q):
    """Build a tree, call the submission, then send back the tree's level order as it is afterwards."""
    from collections import deque

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
    module.lowest_common_ancestor(root, p, q)
    out, queue = [], deque([root])
    while queue and len(out) < 100:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node.val if type(node.val) is int else repr(node.val))
        queue.extend([node.left, node.right])
    while out and out[-1] is None:
        out.pop()
    return out


@pytest.mark.edge
def test_tree_not_modified(worker):
    """lowest_common_ancestor must leave the tree as it was (values and links)."""
    call = f"lowest_common_ancestor(<tree {EXAMPLE}>, 3, 4)"
    try:
        after = worker.probe(_tree_after_call, EXAMPLE, 3, 4, label=call)
    except SubmissionFailure as exc:
        check(False, str(exc))
    check(after == EXAMPLE, lambda: f"{call} changed the tree: afterwards its level order was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def _lca_on_level_order(module, level, p, q):
    """Build the tree from level order with module.TreeNode, then call lowest_common_ancestor."""
    from collections import deque

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
    return module.lowest_common_ancestor(root, p, q)


def worst_case(n, rng):
    """A skewed tree: a chain of n - 2 nodes turning left or right at random, ending in a node with
    two leaf children p and q. Both are as deep as possible, and so is their ancestor."""
    values = rng.sample(range(-10**9, 10**9), n)
    level = [values[0]]
    for value in values[1: n - 2]:
        level += [value, None] if rng.random() < 0.5 else [None, value]
    level += [values[n - 2], values[n - 1]]
    return (level, values[n - 2], values[n - 1])


GUARD_SIZE = fact("cpu_check_size")  # the CPU-time check runs skewed trees of n and 32n levels


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted (building the tree included) on skewed trees of 100 to 800 levels."""
    try:
        complexity.time(_lca_on_level_order, worst_case, sizes=tuple(fact("time_sizes")), guard_size=GUARD_SIZE,
                        label="lowest_common_ancestor")
    except SubmissionRaised as exc:
        if exc.error_type != "RecursionError":
            raise
        line = f" (solution.py, line {exc.line})" if exc.line else ""
        check(False, f"timing lowest_common_ancestor on skewed trees of up to {32 * GUARD_SIZE:,} levels: it "
                     f"raised RecursionError: {exc.error_message}{line}. Recursion takes one frame per level, "
                     "past Python's limit of about 1,000: walk the tree with an explicit stack or queue")


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory (the tree built for the call included) on skewed trees of 50 to 400 levels."""
    complexity.space(_lca_on_level_order, worst_case, sizes=(50, 100, 200, 400),
                     label="lowest_common_ancestor")
