"""Mocks in the history: rounds and scorecards load as typed data, histories written before the
types existed still load and render, the stored JSON keeps its form, and a mock that cannot be
read is reported without touching the file.

The fixture was written by drill's format-2 store when rounds were plain dicts: mock #1 finished
(Coding #1 two_sum solved with a hint, Coding #2 ml_pairs unsolved, Statistics not reached) and
mock #2 in progress (two_sum running, ml_pairs waiting)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from harness.errors import HistoryError
from harness.practice.mock_data import MockRound, RoundResult, RoundState, Scorecard
from harness.practice.store import Store

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "history_v2_mocks.sqlite"


@pytest.fixture
def history(workspace) -> Path:
    db = workspace / ".drill" / "history.sqlite"
    db.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE, db)
    return db


def stored(db: Path, mock_id: int) -> tuple[list, dict | None]:
    con = sqlite3.connect(db)
    try:
        rounds, card = con.execute("SELECT rounds, scorecard FROM mocks WHERE id = ?", (mock_id,)).fetchone()
    finally:
        con.close()
    return json.loads(rounds), json.loads(card) if card else None


def test_an_old_history_loads_as_typed_rounds_and_scorecards(history):
    store = Store(history)
    finished = store.mock(1)
    card = finished.scorecard
    assert isinstance(card, Scorecard) and (card.mock_id, card.seed, card.solved, card.played, card.within_box) \
        == (1, 3, 1, 2, 1)
    coding, ml, stats = card.rounds
    assert coding.state is RoundState.DONE and coding.result.solved and coding.result.hints_used == 1
    assert coding.result.categories["edge"] == (14, 14) and coding.result.complexity == "met"
    assert ml.result == RoundResult(solved=False, elapsed=0.6, within_box=False, grades=1,
                                    categories={"correctness": (0, 9), "edge": (0, 14), "complexity": (0, 3)},
                                    complexity="missed (0/3 checks)", hints_used=0, solution_seen=False)
    assert stats.state is RoundState.SKIPPED and stats.result is None
    assert stats.note == "not reached: the mock ended first"
    running = store.current_mock()
    assert running.id == 2 and running.scorecard is None
    assert [r.state for r in running.rounds] == [RoundState.RUNNING, RoundState.PENDING]
    assert running.rounds[0].attempt_id == 3 and running.rounds[1].minutes == 25
    with pytest.raises(FrozenInstanceError):
        running.rounds[0].state = RoundState.DONE  # type: ignore[misc]


def test_an_old_history_renders_as_before(drill, history):
    shown = drill("mock", "show", "1")
    assert shown.exit_code == 0, shown.output
    assert "Mock #1 scorecard" in shown.output and "seed 3" in shown.output
    rows = {slug: line for line in shown.output.splitlines() for slug in ("two_sum", "ml_pairs") if slug in line}
    assert "solved" in rows["two_sum"] and "9/9" in rows["two_sum"] and "met" in rows["two_sum"]
    assert "1 h" in rows["two_sum"]  # "1 hints", cut to the table's width
    assert "unsolved" in rows["ml_pairs"] and "0/9" in rows["ml_pairs"] and "missed (0/3" in rows["ml_pairs"]
    assert "skipped: not reached" in shown.output
    assert "Solved 1 of 2 rounds, 1 within the time box" in shown.output
    overview = drill("mock")
    assert "Mock #2" in overview.output and "waiting (25 min)" in overview.output
    assert "in progress" in overview.output and "1 of 2" in overview.output
    assert "Mock #1 scorecard" in drill("history", "--limit", "100").output
    assert "still in progress" in drill("mock", "show", "2").output


def test_the_stored_form_is_the_form_old_drills_wrote(history):
    """Loading and writing back gives the same JSON: histories stay readable both ways."""
    store = Store(history)
    for mock_id in (1, 2):
        rounds, card = stored(history, mock_id)
        mock = store.mock(mock_id)
        assert [r.to_dict() for r in mock.rounds] == rounds
        assert [list(r.to_dict()) for r in mock.rounds] == [list(r) for r in rounds]  # key order too
        assert (mock.scorecard.to_dict() if mock.scorecard else None) == card


def test_a_mock_finished_now_is_stored_with_the_same_keys(drill, history):
    """Finish the old in-progress mock with this drill: its rounds and scorecard keep the old keys."""
    old_rounds, old_card = stored(history, 1)
    ended = drill("mock", "end")
    assert ended.exit_code == 0, ended.output
    assert "Mock #2 scorecard" in ended.output and "Solved 0 of 1 rounds" in ended.output
    rounds, card = stored(history, 2)
    assert [list(r) for r in rounds] == [list(old_rounds[0])] * 2
    assert list(card) == list(old_card) and list(rounds[0]["result"]) == list(old_rounds[0]["result"])
    assert rounds[1]["state"] == "skipped" and rounds[1]["note"] == "not reached: the mock ended first"


@pytest.mark.parametrize("damage", [
    lambda rounds: rounds[0].update(state="paused"),  # not a round state
    lambda rounds: rounds[0].pop("label"),
    lambda rounds: rounds[0]["result"].update(categories={"edge": 3}),
])
def test_a_mock_that_cannot_be_read_is_reported_and_left_alone(drill, history, damage):
    Store(history).close()  # at the current format first: an upgrade rewrites the file by design
    rounds, _card = stored(history, 1)
    damage(rounds)
    con = sqlite3.connect(history)
    con.execute("UPDATE mocks SET rounds = ? WHERE id = 1", (json.dumps(rounds),))
    con.commit()
    con.close()
    before = history.read_bytes()
    with pytest.raises(HistoryError, match="mock #1 cannot be read"):
        Store(history).mock(1)
    result = drill("mock")
    assert result.exit_code == 1 and "mock #1 cannot be read" in result.output and "left untouched" in result.output
    assert history.read_bytes() == before
    assert drill("mock", "show", "1").exit_code == 1


def test_rounds_survive_the_round_trip_in_every_state():
    result = RoundResult(solved=True, elapsed=61.5, within_box=True, grades=2, categories={"correctness": (3, 3)},
                         complexity="met", hints_used=1, solution_seen=False)
    base = MockRound(round="ml", label="Coding #2", what="ML coding", slug="softmax", title="Softmax",
                     minutes=25, reason="new to you")
    for planned in (base, MockRound(round="stats", label="Statistics", what="statistics and probability",
                                    state=RoundState.SKIPPED, note="no statistics problem in the catalogue yet"),
                    MockRound(**{**base.__dict__, "state": RoundState.RUNNING, "attempt_id": 4, "started_at": 9.0}),
                    MockRound(**{**base.__dict__, "state": RoundState.DONE, "attempt_id": 4, "started_at": 9.0,
                                 "ended_at": 70.5, "result": result})):
        again = MockRound.from_dict(json.loads(json.dumps(planned.to_dict())))
        assert again == planned
    card = Scorecard(mock_id=1, seed=2, started_at=1.0, ended_at=2.0, rounds=(base,), solved=0, played=0,
                     within_box=0)
    assert Scorecard.from_dict(json.loads(json.dumps(card.to_dict()))) == card
