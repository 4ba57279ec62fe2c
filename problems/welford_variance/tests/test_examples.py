"""Visible examples for welford_variance (what `drill test` runs)."""

from harness.authoring import expect_raises
from support import check_summary, merge_probe, stream_probe

DATA = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]


def test_example_stream(worker, tol):
    got = worker.probe(stream_probe, DATA, [8], label="pushing [2, 4, 4, 4, 5, 5, 7, 9]")
    check_summary(got[0], DATA, "after pushing [2, 4, 4, 4, 5, 5, 7, 9]", tol)


def test_example_merge(worker, tol):
    report = worker.probe(merge_probe, [[1.0, 2.0, 3.0], [10.0, 20.0]], label="a = [1, 2, 3]; b = [10, 20]; a.merge(b)")
    check_summary(report["merged"], [1.0, 2.0, 3.0, 10.0, 20.0], "a.merge(b) with a = [1, 2, 3], b = [10, 20]", tol)


def test_example_large_offset(worker, tol):
    values = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
    got = worker.probe(stream_probe, values, [4], label="pushing 1e9 + [4, 7, 13, 16]")
    check_summary(got[0], values, "after pushing 1e9 + [4, 7, 13, 16]", tol, var_rtol=1e-6)


def test_example_empty(solution):
    expect_raises(ValueError, lambda: solution.RunningStats().mean(), call="RunningStats().mean()", why="no values yet")
