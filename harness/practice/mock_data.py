"""A mock interview loop as data: its rounds, each round's result and the scorecard, as frozen
dataclasses, and their JSON form in the history (the form format 2 has always stored, so mocks
written by any earlier drill load, and what this drill writes an earlier one can read)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass


class RoundState(enum.Enum):
    PENDING = "pending"  # planned, not reached yet
    RUNNING = "running"  # its attempt is on the clock
    DONE = "done"  # closed, with a result
    SKIPPED = "skipped"  # no problem for it, or the mock ended before it


@dataclass(frozen=True)
class RoundResult:
    """How a round went, frozen when it closed."""

    solved: bool
    elapsed: float  # seconds on the round's attempt, to a tenth
    within_box: bool
    grades: int  # grades run on the round's attempt
    categories: Mapping[str, tuple[int, int]]  # (passed, total) per category, from the last grade
    complexity: str  # the verdict in words: "met", "missed (1/3 checks)", "not graded"
    hints_used: int
    solution_seen: bool

    def to_dict(self) -> dict:
        return {"solved": self.solved, "elapsed": self.elapsed, "within_box": self.within_box,
                "grades": self.grades, "categories": {c: list(n) for c, n in self.categories.items()},
                "complexity": self.complexity, "hints_used": self.hints_used,
                "solution_seen": self.solution_seen}

    @classmethod
    def from_dict(cls, data: Mapping) -> RoundResult:
        return cls(solved=bool(data["solved"]), elapsed=float(data["elapsed"]),
                   within_box=bool(data["within_box"]), grades=int(data["grades"]),
                   categories={str(c): (int(n[0]), int(n[1])) for c, n in data["categories"].items()},
                   complexity=str(data["complexity"]), hints_used=int(data["hints_used"]),
                   solution_seen=bool(data["solution_seen"]))


@dataclass(frozen=True)
class MockRound:
    """One round of a mock: what it stands for, the problem chosen for it, and where it stands."""

    round: str  # the interview round: coding, ml, stats
    label: str  # "Coding #1"
    what: str  # "data structures and algorithms"
    slug: str = ""  # empty (null in the JSON) when no problem could be chosen
    title: str = ""
    minutes: int = 0  # the round's time box; 0 without a problem
    reason: str = ""  # why this problem was chosen
    state: RoundState = RoundState.PENDING
    attempt_id: int | None = None
    started_at: float | None = None
    ended_at: float | None = None
    result: RoundResult | None = None
    note: str = ""  # why it was skipped

    def to_dict(self) -> dict:
        return {"round": self.round, "label": self.label, "what": self.what, "slug": self.slug or None,
                "title": self.title or None, "minutes": self.minutes or None, "reason": self.reason,
                "state": self.state.value, "attempt_id": self.attempt_id, "started_at": self.started_at,
                "ended_at": self.ended_at, "result": self.result.to_dict() if self.result else None,
                "note": self.note}

    @classmethod
    def from_dict(cls, data: Mapping) -> MockRound:
        result = data.get("result")
        return cls(round=str(data["round"]), label=str(data["label"]), what=str(data["what"]),
                   slug=data.get("slug") or "", title=data.get("title") or "", minutes=int(data.get("minutes") or 0),
                   reason=data.get("reason", ""), state=RoundState(data["state"]),
                   attempt_id=data.get("attempt_id"), started_at=data.get("started_at"),
                   ended_at=data.get("ended_at"), result=RoundResult.from_dict(result) if result else None,
                   note=data.get("note", ""))


@dataclass(frozen=True)
class Scorecard:
    """A finished mock: every round as it ended, and the totals over the rounds played."""

    mock_id: int
    seed: int
    started_at: float
    ended_at: float
    rounds: tuple[MockRound, ...]
    solved: int
    played: int  # rounds that had a problem and were reached
    within_box: int

    def to_dict(self) -> dict:
        return {"mock_id": self.mock_id, "seed": self.seed, "started_at": self.started_at,
                "ended_at": self.ended_at, "rounds": [r.to_dict() for r in self.rounds],
                "solved": self.solved, "played": self.played, "within_box": self.within_box}

    @classmethod
    def from_dict(cls, data: Mapping) -> Scorecard:
        return cls(mock_id=int(data["mock_id"]), seed=int(data["seed"]), started_at=float(data["started_at"]),
                   ended_at=float(data["ended_at"]), rounds=tuple(MockRound.from_dict(r) for r in data["rounds"]),
                   solved=int(data["solved"]), played=int(data["played"]), within_box=int(data["within_box"]))
