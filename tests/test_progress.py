"""Live progress: a status line on stderr on a terminal (forced here with DRILL_PROGRESS=1), nothing when piped."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from harness.cli import cli
from harness.cli import progress as prog
from harness.grading.progress import GradeProgress
from harness.protocol.messages import Collected, CollectedTest, Result, TestOutcome

from .conftest import FIXTURES

CLEAR = "\r\x1b[K"


@pytest.fixture
def fast_ticks(monkeypatch):
    monkeypatch.setattr(prog, "TICK", 0.01)


def test_grade_progress_counts_tests_and_names_the_category():
    tracker = GradeProgress("grading")
    assert "starting the tests" in tracker.line(0.3)
    tracker([Collected((CollectedTest("a", "test_a", "correctness"), CollectedTest("b", "test_b", "edge"),
                        CollectedTest("c", "test_c", "edge")))])
    tracker([Result("a", "call", TestOutcome.PASSED), Result("b", "setup", TestOutcome.PASSED),
             Result("b", "call", TestOutcome.FAILED, "boom")])
    assert tracker.line(2.04) == "grading: 2/3 tests · edge cases · 2.0 s"


def test_a_terminal_sees_live_progress_and_a_clean_report(drill, monkeypatch, fast_ticks):
    monkeypatch.setenv(prog.PROGRESS_ENV, "1")
    drill("start", "two_sum")
    result = drill("test", "two_sum")
    assert result.exit_code == 1
    assert "running the examples: " in result.stderr and CLEAR in result.stderr
    assert "/4 tests" in result.stderr or "starting the tests" in result.stderr
    assert result.stderr.endswith(CLEAR)  # the line is gone before the report prints
    assert "\x1b" not in result.stdout and "visible examples: FAILED" in result.stdout


def test_piped_output_gets_nothing_extra(drill, monkeypatch, fast_ticks):
    monkeypatch.delenv(prog.PROGRESS_ENV, raising=False)
    drill("start", "two_sum")
    result = drill("test", "two_sum")
    assert "\x1b" not in result.output and "running the examples:" not in result.output


def test_ci_shows_submissions_done(tmp_path, monkeypatch, fast_ticks):
    monkeypatch.setenv(prog.PROGRESS_ENV, "1")
    repo = tmp_path / "repo"
    for person in ("ann", "bob"):
        (repo / person / "two_sum").mkdir(parents=True)
        (repo / person / "two_sum" / "solution.py").write_bytes((FIXTURES / "ci" / "syntax_error.py").read_bytes())
    result = CliRunner().invoke(cli, ["ci", str(repo)], catch_exceptions=False)
    assert "of 2 submissions done" in result.stderr
    assert "ann/two_sum" in result.stdout and "\x1b" not in result.stdout


def test_validate_shows_the_problem_in_hand(monkeypatch, fast_ticks):
    import time

    from harness.grading import validate

    def slow_validate(catalogue, slugs, *, seed, on_problem):
        for i, slug in enumerate(slugs):
            on_problem(slug, i, len(slugs))
            time.sleep(0.1)
        return []

    monkeypatch.setattr(validate, "validate_catalogue", slow_validate)
    monkeypatch.setenv(prog.PROGRESS_ENV, "1")
    result = CliRunner().invoke(cli, ["validate", "two_sum", "softmax"], catch_exceptions=False)
    assert "0 of 2 problems done · two_sum" in result.stderr and "1 of 2 problems done · softmax" in result.stderr
