"""`drill mock`: planning the rounds, running them one after the other, and the scorecard kept in
history, on small catalogues built for the purpose (copies of coding problems relabelled as ML
and statistics problems, so they grade quickly and predictably)."""

from __future__ import annotations

import pytest

from harness.practice import mock as mocks
from harness.practice.repetition import records
from harness.practice.store import Store
from harness.practice.workspace import Workspace

from .conftest import ROOT
from .test_practice_plan import add_attempt, history_db, make_catalogue

LOOP = {"two_sum": ("two_sum", "coding"), "ml_pairs": ("two_sum", "ml"), "stats_pairs": ("two_sum", "stats")}
CODING = {s: (s, "coding") for s in ("two_sum", "valid_parentheses", "merge_intervals", "min_stack",
                                     "coin_change", "longest_substring")}


def solve(workspace, slug: str) -> None:
    (workspace / slug / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())


def test_a_full_mock_with_every_round(drill, workspace, tmp_path, monkeypatch):
    make_catalogue(tmp_path, monkeypatch, LOOP)
    started = drill("mock", "start", "--with-stats", "--seed", "3")
    assert started.exit_code == 0, started.output
    assert "Mock #1 (seed 3): 3 rounds" in started.output
    assert "Round 1 of 3, Coding #1" in started.output and "(two_sum)" in started.output
    assert "drill grade two_sum" in started.output and "drill mock next" in started.output
    assert (workspace / "two_sum" / "solution.py").is_file()
    assert not (workspace / "ml_pairs").exists()  # later rounds start when they come up

    status = drill("mock", "status")
    assert "running:" in status.output and "left" in status.output and "waiting (25 min)" in status.output
    assert "two_sum" in drill("status").output  # a round is an ordinary attempt too

    solve(workspace, "two_sum")
    assert drill("grade").exit_code == 0
    solved = drill("mock", "status")
    assert "solved in" in solved.output and "move on with drill mock next" in solved.output

    second = drill("mock", "next")
    assert second.exit_code == 0, second.output
    assert "Coding #1 (two_sum): solved in" in second.output
    assert "Round 2 of 3, Coding #2 (ML coding)" in second.output and "25 minutes" in second.output
    assert drill("grade", "ml_pairs").exit_code == 1  # the stub: a failed grade for the scorecard

    third = drill("mock", "next")
    assert "Coding #2 (ml_pairs): unsolved after" in third.output and "Round 3 of 3, Statistics" in third.output
    store = Store(history_db(workspace))
    assert store.latest_attempt("ml_pairs").status == "abandoned"  # the round's time is over

    last = drill("mock", "next")  # after the last round, next finishes the mock
    assert last.exit_code == 0
    assert "Mock #1 scorecard" in last.output and "Solved 1 of 3 rounds, 1 within the time box" in last.output
    card = store.mock(1).scorecard
    results = {r.slug: r.result for r in card.rounds}
    assert results["two_sum"].solved and results["two_sum"].within_box
    assert results["two_sum"].complexity == "met"
    assert not results["ml_pairs"].solved and results["ml_pairs"].grades == 1
    assert results["ml_pairs"].categories["correctness"][0] == 0
    assert results["stats_pairs"].complexity == "not graded" and results["stats_pairs"].grades == 0

    history = drill("history")
    assert "mock #1" in history.output and "mock finished: 1/3 solved" in history.output
    assert "Mock #1 scorecard" in history.output  # the scorecard is shown again
    overview = drill("mock")
    assert "Your mocks" in overview.output and "1 of 3" in overview.output
    assert "Mock #1 scorecard" in drill("mock", "show", "1").output
    missing = drill("mock", "show", "7")
    assert missing.exit_code == 1 and "no mock #7" in missing.output


def test_rounds_without_problems_are_skipped_and_said_so(drill, workspace, tmp_path, monkeypatch):
    make_catalogue(tmp_path, monkeypatch, {"two_sum": ("two_sum", "coding")})
    started = drill("mock", "start", "--with-stats")
    assert started.exit_code == 0, started.output
    assert "1 round" in started.output
    assert "skipped Coding #2 (ML coding): no ml problem in the catalogue yet" in started.output
    assert "skipped Statistics (statistics and probability): no stats problem" in started.output
    assert "skipped: no ML coding problem" in drill("mock", "status").output
    finished = drill("mock", "next")
    assert "Solved 0 of 1 rounds" in finished.output and "skipped: no ML coding problem" in finished.output


def test_no_stats_round_unless_asked(drill, tmp_path, monkeypatch):
    make_catalogue(tmp_path, monkeypatch, LOOP)
    started = drill("mock", "start")
    assert "2 rounds" in started.output and "Statistics" not in drill("mock", "status").output


def test_ending_early_marks_the_rounds_not_reached(drill, workspace, tmp_path, monkeypatch):
    make_catalogue(tmp_path, monkeypatch, LOOP)
    drill("mock", "start", "--with-stats")
    ended = drill("mock", "end")
    assert ended.exit_code == 0
    assert " ".join(ended.output.split()).count("not reached: the mock ended first") == 2  # the note column wraps
    assert "Solved 0 of 1 rounds" in ended.output
    again = drill("mock", "end")
    assert again.exit_code == 2 and "no mock in progress" in again.output and "drill mock start" in again.output


def test_one_mock_at_a_time(drill, tmp_path, monkeypatch):
    make_catalogue(tmp_path, monkeypatch, LOOP)
    assert drill("mock", "start").exit_code == 0
    second = drill("mock", "start")
    assert second.exit_code == 1 and "mock #1 is still in progress" in second.output
    assert "drill mock end" in second.output
    assert drill("mock", "next").exit_code == 0  # still the first mock


def test_nothing_yet_says_how_to_start(drill):
    assert "no mocks yet; start one with: drill mock start" in drill("mock").output
    assert "no mock in progress" in drill("mock", "status").output
    assert drill("mock", "next").exit_code == 2


def test_the_plan_is_fixed_by_the_seed_and_the_record(tmp_path, monkeypatch):
    catalogue = make_catalogue(tmp_path, monkeypatch, CODING)

    def first_pick(seed: int, name: str) -> str:
        workspace = Workspace(tmp_path / name, create=True)
        return mocks.mock_start(catalogue, workspace, seed=seed).mock.rounds[0].slug

    picks = [first_pick(seed, f"ws-{seed}") for seed in range(8)]
    assert picks == [first_pick(seed, f"again-{seed}") for seed in range(8)]
    assert len(set(picks)) > 1  # the seed does choose


def test_clean_solves_are_left_out_and_slow_ones_stay_in(tmp_path, monkeypatch):
    catalogue = make_catalogue(tmp_path, monkeypatch, {s: CODING[s] for s in ("two_sum", "min_stack", "coin_change")})
    now = 1_800_000_000.0
    recs_store = Store(tmp_path / "h.sqlite")
    add_attempt(recs_store, "two_sum", 15, start=now - 86400, took=300, solved=True)  # clean and fast
    add_attempt(recs_store, "min_stack", 15, start=now - 86400, took=3600, solved=True)  # slow
    recs = records(recs_store)
    import random

    chosen = set()
    for seed in range(40):
        problem, reason = mocks.pick(catalogue.all(), recs, random.Random(seed), set())
        chosen.add(problem.slug)
        if problem.slug == "min_stack":
            assert reason.startswith("solved only slowly or with help")
    assert chosen == {"min_stack", "coin_change"}
    # with nothing else left, a clean solve is practised again rather than nothing
    only = mocks.pick([catalogue.get("two_sum")], recs, random.Random(1), set())
    assert only[0].slug == "two_sum" and "nothing unsolved is left" in only[1]


def test_a_round_on_a_problem_already_in_progress_keeps_the_old_file(drill, workspace, tmp_path, monkeypatch):
    make_catalogue(tmp_path, monkeypatch, {"two_sum": ("two_sum", "coding")})
    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").write_text("# my work in progress\n")
    started = drill("mock", "start")
    assert started.exit_code == 0, started.output
    assert "your previous solution.py was kept as" in started.output
    backups = list((workspace / "two_sum" / "previous").glob("solution-*.py"))
    assert [b.read_text() for b in backups] == ["# my work in progress\n"]


@pytest.mark.parametrize("sub", ["start", "status", "next", "end", "show"])
def test_every_mock_subcommand_has_help_with_an_example(drill, sub):
    result = drill("mock", sub, "--help")
    assert result.exit_code == 0 and "Example: drill mock" in result.output
