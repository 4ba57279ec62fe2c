"""Visible examples for lowest_common_ancestor (what `drill test` runs).

Trees cannot cross to the submission's process as plain data, so each example runs in a probe:
it builds the tree there from a level-order list with the submission's TreeNode, calls
lowest_common_ancestor, and sends back what came back as plain data. All judging happens here.
"""

import pytest

from harness.authoring import SubmissionFailure, check, short_repr

TREE = [5, 9, 2, 7, 0, None, 4, None, None, 3, 8]
EXAMPLES = [
    (TREE, 7, 8, 9),
    (TREE, 3, 4, 5),
    (TREE, 0, 8, 0),
    (TREE, 2, 2, 2),
    ([1], 1, 1, 1),
]


def _lca_in_worker(module, level, p, q):
    """Build the tree from level order with module.TreeNode, call the submission, describe the answer."""
    import traceback
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
    try:
        got = module.lowest_common_ancestor(root, p, q)
    except Exception as exc:  # noqa: BLE001 - reported to the test as data, with the line
        lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
        return {"raised": f"{type(exc).__name__}: {exc}"[:300], "line": lines[-1] if lines else None}
    if type(got) is int:
        return {"value": got}
    if isinstance(got, module.TreeNode):
        return {"node": got.val if type(got.val) is int else repr(got.val)[:60]}
    return {"other": repr(got)[:80], "type": type(got).__name__}


def check_answer(level, p, q, report, want) -> None:
    call = f"lowest_common_ancestor(<tree {short_repr(level, 80)}>, {p}, {q})"
    if "raised" in report:
        line = f" (solution.py, line {report['line']})" if report.get("line") else ""
        check(False, f"{call} raised {report['raised']}{line}")
    if "node" in report:
        check(False, f"{call} returned the TreeNode holding {report['node']}; return its value, an int "
                     f"(expected {want})")
    if "other" in report:
        check(False, f"{call} returned {report['other']} (a {report['type']}); expected an int: {want}")
    check(report["value"] == want, f"{call} returned {report['value']}; expected {want}")


@pytest.mark.parametrize("level,p,q,want", EXAMPLES,
                         ids=["under-9", "at-root", "p-above-q", "p-equals-q", "one-node"])
def test_example(worker, level, p, q, want):
    try:
        report = worker.probe(_lca_in_worker, level, p, q)
    except SubmissionFailure as exc:
        check(False, str(exc).replace("_lca_in_worker(...)", f"lowest_common_ancestor(<tree {level}>, {p}, {q})", 1))
    check_answer(level, p, q, report, want)
