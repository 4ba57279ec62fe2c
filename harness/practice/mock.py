"""Mock interview loops (`drill mock`): a timed round per interview category, one after the other,
each an ordinary attempt in the workspace, then a scorecard kept in the history.

The plan is deterministic for a seed and a record: each round draws, with weights, from the
problems of its category the user has not solved yet (or solved only slowly or with help)."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, replace

from harness.catalogue.loader import Catalogue, Problem
from harness.errors import ProblemError, UsageError, WorkspaceError
from harness.practice.mock_data import MockRound, RoundResult, RoundState, Scorecard
from harness.practice.repetition import Record, records
from harness.practice.store import Attempt, Event, Mock, Store
from harness.practice.workspace import Workspace


@dataclass(frozen=True)
class RoundSpec:
    """A round every mock has, before a problem is chosen for it."""

    round: str
    label: str
    what: str
    box: int | None  # the round's time box in minutes; None: the problem's own


MOCK_ROUNDS = (
    RoundSpec("coding", "Coding #1", "data structures and algorithms", None),
    RoundSpec("ml", "Coding #2", "ML coding", 25),
    RoundSpec("stats", "Statistics", "statistics and probability", None),
)


def pick(problems: list[Problem], recs: dict[str, Record], rng: random.Random,
         exclude: set[str]) -> tuple[Problem, str] | None:
    """A problem for one mock round: not solved yet, or solved only slowly or with help; a clean
    solve inside the time box comes back only when nothing else is left."""
    weighted = []
    for problem in sorted(problems, key=lambda p: p.slug):
        if problem.slug in exclude:
            continue
        rec = recs.get(problem.slug)
        solves = [r for r in rec.reviews if r.solved] if rec else []
        if rec is None or not rec.attempted:
            weighted.append((2, problem, "new to you"))
        elif not solves:
            last = rec.last
            weighted.append((3, problem, f"not solved yet ({last.what})" if last else "not solved yet"))
        elif all(r.quality < 4 for r in solves):
            weighted.append((1, problem, f"solved only slowly or with help ({solves[-1].what})"))
        else:
            weighted.append((0, problem, "solved cleanly before; nothing unsolved is left in this round"))
    if not weighted:
        return None
    pool = [w for w in weighted if w[0] > 0] or weighted
    chosen = rng.choices(pool, weights=[max(w[0], 1) for w in pool])[0]
    return chosen[1], chosen[2]


@dataclass(frozen=True)
class MockPlan:
    """The rounds of a mock before any starts: a problem for each, or why the round is skipped."""

    seed: int
    rounds: tuple[MockRound, ...]
    skipped: tuple[str, ...]  # what could not be planned, in words


def plan_mock(problems: list[Problem], recs: dict[str, Record], *, seed: int, with_stats: bool = False,
              busy: frozenset[str] = frozenset()) -> MockPlan:
    """Choose a problem per round; `busy` problems (attempts in progress) only if nothing else is left."""
    rounds: list[MockRound] = []
    skipped: list[str] = []
    chosen: set[str] = set()
    for spec in MOCK_ROUNDS:
        if spec.round == "stats" and not with_stats:
            continue
        of_round = [p for p in problems if p.round == spec.round]
        planned = MockRound(round=spec.round, label=spec.label, what=spec.what)
        rng = random.Random(f"{seed}/{spec.round}")
        picked = pick(of_round, recs, rng, chosen | busy) or pick(of_round, recs, rng, chosen)
        if picked is None:
            planned = replace(planned, state=RoundState.SKIPPED, note=f"no {spec.what} problem in the catalogue yet")
            skipped.append(f"{spec.label} ({spec.what}): no {spec.round} problem in the catalogue yet, "
                           "so this round is skipped")
        else:
            problem, reason = picked
            chosen.add(problem.slug)
            planned = replace(planned, slug=problem.slug, title=problem.title, minutes=spec.box or problem.minutes,
                              reason=reason)
        rounds.append(planned)
    return MockPlan(seed, tuple(rounds), tuple(skipped))


@dataclass(frozen=True)
class MockStart:
    mock: Mock
    skipped: tuple[str, ...]  # what could not be planned, in words
    backup: str | None  # a solution.py kept aside when a round had to restart an attempt


def mock_start(catalogue: Catalogue, workspace: Workspace, *, with_stats: bool = False,
               seed: int | None = None, now: float | None = None) -> MockStart:
    """Plan the rounds (deterministic for a seed and a record) and start the first one."""
    store = workspace.store
    current = store.current_mock()
    if current:
        raise WorkspaceError(f"mock #{current.id} is still in progress",
                             hint="see it with `drill mock status`, move on with `drill mock next`, "
                             "or finish it with `drill mock end`")
    seed = seed if seed is not None else random.SystemRandom().randrange(1, 2**31)
    loaded, _broken = catalogue.load_all()
    plan = plan_mock(loaded, records(store), seed=seed, with_stats=with_stats,
                     busy=frozenset(a.slug for a in store.in_progress()))
    if all(r.state is RoundState.SKIPPED for r in plan.rounds):
        raise ProblemError("the catalogue has no problem for any mock round",
                           hint="add problems (drill new SLUG) or point DRILL_CATALOGUE at a full catalogue")
    rounds, backup = _start_next_round(catalogue, workspace, plan.rounds)
    summary = "mock started: " + ", ".join(r.slug for r in rounds if r.slug)
    mock = store.start_mock(seed, rounds, summary, now)
    return MockStart(mock, plan.skipped, backup)


def _start_next_round(catalogue: Catalogue, workspace: Workspace,
                      rounds: tuple[MockRound, ...]) -> tuple[tuple[MockRound, ...], str | None]:
    """Start the attempt of the first pending round: the rounds with that one running, and the
    path of the solution.py kept aside if starting it had to restart an attempt."""
    for i, planned in enumerate(rounds):
        if planned.state is not RoundState.PENDING:
            continue
        problem = catalogue.get(planned.slug)
        restart = bool(workspace.store.in_progress(problem.slug))
        result = workspace.start(problem, restart=restart, minutes=planned.minutes)
        running = replace(planned, state=RoundState.RUNNING, attempt_id=result.attempt.id,
                          started_at=result.attempt.started_at)
        return (*rounds[:i], running, *rounds[i + 1:]), str(result.backup) if result.backup else None
    return rounds, None


def _round_attempt(store: Store, played: MockRound) -> Attempt | None:
    """The round's attempt; if the user restarted it mid-round, the newer attempt counts."""
    latest = store.latest_attempt(played.slug)
    if latest and played.started_at is not None and latest.started_at >= played.started_at:
        return latest
    return store.attempt(played.attempt_id) if played.attempt_id else None


def _close_round(store: Store, running: MockRound, now: float) -> MockRound:
    """The running round with its result frozen; an unsolved attempt ends with the round."""
    attempt = _round_attempt(store, running)
    if attempt and attempt.status == "in_progress":
        store.abandon(attempt.id, now)
        attempt = store.attempt(attempt.id)
    grades = store.events(limit=None, kind="grade", attempt_id=attempt.id) if attempt else []
    last = grades[0] if grades else None
    elapsed = attempt.elapsed(now) if attempt else 0.0
    solved = bool(attempt and attempt.status == "solved")
    result = RoundResult(
        solved=solved,
        elapsed=round(elapsed, 1),
        within_box=solved and elapsed <= running.minutes * 60,
        grades=len(grades),
        categories={c: (n[0], n[1]) for c, n in last.categories.items()} if last else {},
        complexity=complexity_verdict(last),
        hints_used=attempt.hints_used if attempt else 0,
        solution_seen=bool(attempt and attempt.solution_seen),
    )
    ended = now if not attempt else (attempt.ended_at or now)
    return replace(running, state=RoundState.DONE, ended_at=ended, result=result)


def complexity_verdict(grade: Event | None) -> str:
    if grade is None:
        return "not graded"
    counts = grade.categories.get("complexity")
    if not counts:
        return "not measured" if grade.categories else "not graded (the solution did not load)"
    return "met" if counts[0] == counts[1] else f"missed ({counts[0]}/{counts[1]} checks)"


@dataclass(frozen=True)
class MockStep:
    mock: Mock
    finished: bool
    backup: str | None = None
    closed: MockRound | None = None  # the round this step ended, with its result


def current_mock(workspace: Workspace) -> Mock:
    mock = workspace.store.current_mock()
    if mock is None:
        raise UsageError("no mock in progress", hint="start one: drill mock start")
    return mock


def mock_next(catalogue: Catalogue, workspace: Workspace, now: float | None = None) -> MockStep:
    """End the running round (solved or not) and start the next; after the last, finish."""
    now = now or time.time()
    store = workspace.store
    mock = current_mock(workspace)
    rounds = tuple(_close_round(store, r, now) if r.state is RoundState.RUNNING else r for r in mock.rounds)
    closed = next((after for before, after in zip(mock.rounds, rounds, strict=True) if after is not before), None)
    if not any(r.state is RoundState.PENDING for r in rounds):
        return MockStep(_finish(store, mock, rounds, now), True, closed=closed)
    rounds, backup = _start_next_round(catalogue, workspace, rounds)
    return MockStep(store.update_mock(mock.id, rounds), False, backup, closed)


def mock_end(workspace: Workspace, now: float | None = None) -> Mock:
    """Finish the mock now: the running round is scored as it stands, rounds not reached are marked."""
    now = now or time.time()
    mock = current_mock(workspace)
    rounds = []
    for planned in mock.rounds:
        if planned.state is RoundState.RUNNING:
            planned = _close_round(workspace.store, planned, now)
        elif planned.state is RoundState.PENDING:
            planned = replace(planned, state=RoundState.SKIPPED, note="not reached: the mock ended first")
        rounds.append(planned)
    return _finish(workspace.store, mock, tuple(rounds), now)


def _finish(store: Store, mock: Mock, rounds: tuple[MockRound, ...], now: float) -> Mock:
    played = [r.result for r in rounds if r.result is not None]
    solved = sum(r.solved for r in played)
    within = sum(r.within_box for r in played)
    scorecard = Scorecard(mock_id=mock.id, seed=mock.seed, started_at=mock.started_at, ended_at=now,
                          rounds=rounds, solved=solved, played=len(played), within_box=within)
    summary = f"mock finished: {solved}/{len(played)} solved, {within} in the box"
    return store.finish_mock(mock.id, rounds, scorecard, summary, now)


@dataclass(frozen=True)
class RoundClock:
    """Where the running round's attempt stands against the round's time box."""

    attempt: Attempt | None  # None only if the attempt has gone from the history
    elapsed: float
    remaining: float  # negative: over the box

    @property
    def solved(self) -> bool:
        return self.attempt is not None and self.attempt.status == "solved"


@dataclass(frozen=True)
class RoundStatus:
    round: MockRound
    clock: RoundClock | None  # only while the round runs


def mock_status(workspace: Workspace, now: float | None = None) -> tuple[Mock, list[RoundStatus]] | None:
    """The mock in progress with its rounds' clocks, or None."""
    if not workspace.has_history():
        return None
    now = now or time.time()
    mock = workspace.store.current_mock()
    if mock is None:
        return None
    out = []
    for planned in mock.rounds:
        clock = None
        if planned.state is RoundState.RUNNING:
            attempt = _round_attempt(workspace.store, planned)
            elapsed = attempt.elapsed(now) if attempt else now - (planned.started_at or now)
            clock = RoundClock(attempt, elapsed, planned.minutes * 60 - elapsed)
        out.append(RoundStatus(planned, clock))
    return mock, out
