"""Shared by both serialize_tree test files: the round-trip probe and the checks on its reports."""

from harness.authoring import SubmissionFailure, check, short_repr


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
