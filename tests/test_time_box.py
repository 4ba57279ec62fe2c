"""One clock: `drill abandon`, one definition of elapsed time, one time box per attempt, units spelled out."""

from __future__ import annotations

import json

import pytest

from harness.grading.report import fmt_duration
from harness.practice import stats as st
from harness.practice.store import Store

from .conftest import ROOT
from .test_practice_plan import history_db


@pytest.mark.parametrize(("seconds", "text"), [(14, "14 s"), (60, "1 min"), (125, "2 min 05 s"),
                                               (3600, "1 h"), (74 * 3600 + 120, "74 h 02 min"), (None, "-")])
def test_durations_say_their_units(seconds, text):
    assert fmt_duration(seconds) == text


def test_abandon_ends_the_attempt_without_a_grade_and_out_of_time_statistics(drill, workspace):
    drill("start", "two_sum")
    result = drill("abandon", "two_sum")
    assert result.exit_code == 0, result.output
    assert "abandoned two_sum" in result.output and "left out of time statistics" in result.output
    assert (workspace / "two_sum" / "solution.py").is_file()  # the code is kept
    assert "no attempt in progress" in drill("status").output
    history = drill("history").output
    assert "abandon" in history and "no grade" in history
    store = Store(history_db(workspace))
    (attempt,) = store.attempts("two_sum")
    assert attempt.status == "abandoned" and store.given_up() == {attempt.id}
    assert not st.compute([], store).finished
    again = drill("start", "two_sum")  # a new attempt, no --restart needed
    assert again.exit_code == 0, again.output


def test_abandon_refuses_what_it_cannot_do(drill):
    nothing = drill("abandon")
    assert nothing.exit_code == 2 and "no attempt in progress" in nothing.output
    drill("start", "two_sum")
    drill("start", "valid_parentheses")
    which = drill("abandon")
    assert which.exit_code == 2 and "drill abandon two_sum" in which.output
    other = drill("abandon", "min_stack")
    assert other.exit_code == 2 and "no attempt at min_stack" in other.output


def test_an_abandoned_graded_attempt_is_not_a_chart_bar(drill, workspace):
    drill("start", "two_sum")
    assert drill("grade", "two_sum").exit_code == 1
    drill("abandon", "two_sum")
    assert not st.compute([], Store(history_db(workspace))).finished


def test_the_report_shows_the_time_the_history_records(drill, workspace, tmp_path):
    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    report = tmp_path / "r.json"
    graded = drill("grade", "two_sum", "--json", str(report))
    assert graded.exit_code == 0, graded.output
    (attempt,) = Store(history_db(workspace)).attempts("two_sum")
    shown = json.loads(report.read_text())["attempt_elapsed"]
    assert shown == pytest.approx(attempt.elapsed(), abs=0.05)  # the JSON keeps a tenth of a second
    assert f"time on this attempt: {fmt_duration(shown)} of a 15-minute time box" in graded.output
    listed = drill("list").output
    assert next(line for line in listed.splitlines() if line.startswith("two_sum")).count(fmt_duration(shown)) == 1


def test_a_mock_round_keeps_its_own_time_box_in_the_grade_report(drill, workspace, tmp_path, monkeypatch):
    from .test_mock import LOOP
    from .test_practice_plan import make_catalogue

    make_catalogue(tmp_path, monkeypatch, LOOP)
    drill("mock", "start", "--seed", "3")
    (workspace / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    drill("grade", "two_sum")
    drill("mock", "next")  # round 2: ML coding, a 25-minute round on a 15-minute problem
    store = Store(history_db(workspace))
    assert store.in_progress("ml_pairs")[0].minutes == 25
    graded = drill("grade", "ml_pairs")
    assert "of a 25-minute time box" in graded.output
    assert "25 min" in drill("status").output


def test_an_over_box_solve_is_marked(drill, workspace, monkeypatch):
    import time

    drill("start", "two_sum")
    db = history_db(workspace)
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("UPDATE attempts SET started_at = ?", (time.time() - 74 * 3600,))
    con.commit()
    con.close()
    (workspace / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    graded = drill("grade", "two_sum")
    assert "74 h" in graded.output and "(over the time box)" in graded.output
    assert "(over box)" in drill("list").output
