"""Visible examples for level_order (what `drill test` runs).

Trees cannot cross to the submission's process as plain data, so each example runs in a probe:
it builds the tree there with the submission's TreeNode from a level-order list (None marks a
missing child), calls level_order, and sends back what it returned. All judging happens here.
"""

import pytest

from harness.authoring import SubmissionFailure, check, short_repr

EXAMPLES = [
    ([3, 9, 20, None, None, 15, 7], [[3], [9, 20], [15, 7]]),
    ([1, 2, 3, 4, None, None, 5], [[1], [2, 3], [4, 5]]),
    ([1], [[1]]),
    ([], []),
]


def _level_order_in_worker(module, values):
    """Build the tree for `values` with module.TreeNode, call level_order, report the result."""
    import traceback

    root = None
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
    try:
        got = module.level_order(root)
    except Exception as exc:  # noqa: BLE001 - reported to the test as data, with the line
        lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
        return {"raised": f"{type(exc).__name__}: {exc}"[:300], "line": lines[-1] if lines else None}
    if type(got) is not list or any(type(level) is not list or any(type(v) is not int for v in level)
                                    for level in got):
        return {"returned": f"{repr(got)[:200]} (a {type(got).__name__})"}
    return {"levels": got}


@pytest.mark.parametrize("values,want", EXAMPLES, ids=["two-levels-below", "gaps", "one-node", "empty"])
def test_example(worker, values, want):
    call = f"level_order(tree {values})" if values else "level_order(None)"
    try:
        report = worker.probe(_level_order_in_worker, list(values))
    except SubmissionFailure as exc:
        check(False, str(exc).replace("_level_order_in_worker(...)", call, 1))
    if "raised" in report:
        line = f" (solution.py, line {report['line']})" if report.get("line") else ""
        check(False, f"{call} raised {report['raised']}{line}")
    check("returned" not in report, lambda: f"{call} returned {report['returned']}; expected a list of lists of ints: {want}")
    check(report["levels"] == want, lambda: f"{call} returned {short_repr(report['levels'])}; expected {want}")
