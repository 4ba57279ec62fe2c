"""What to practise next: spaced repetition over the user's own record (`drill next`), and mock
interview loops (`drill mock`): a timed round per interview category, then a scorecard.

Every finished try at a problem is a review with a quality from 0 to 5 (the SM-2 scale): a clean
solve well inside the time box is 5, a slow or helped solve 3, a failed grade 1. Reviews drive an
SM-2-like interval per problem, so failures come back the next day and clean solves weeks later;
tags the user is weak at weigh more, and never-attempted problems come in at a steady rate.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field

from harness.catalogue.loader import Catalogue, Problem
from harness.errors import ProblemError, UsageError, WorkspaceError
from harness.grading.results import CATEGORY_LABELS, CATEGORY_ORDER
from harness.practice.store import Attempt, Event, Mock, Store
from harness.practice.workspace import Workspace

DAY = 86400.0
NEW_PER_DAY = 2  # never-attempted problems introduced per day
FIRST_INTERVAL_DAYS = {3: 1.0, 4: 3.0, 5: 6.0}  # by the quality of the first good review
MIN_EASE, START_EASE = 1.3, 2.5
DIFFICULTY_RANK = {"easy": 0, "medium": 1, "hard": 2}


# --- reviews: the user's record, one entry per finished try -------------------------------------


@dataclass(frozen=True)
class Review:
    slug: str
    at: float  # when the try was settled: solved, last failing grade, or abandoned
    quality: int  # 0 (blank) .. 5 (clean and fast)
    what: str  # "failed edge cases", "solved in 31 min against a 20-min box"
    solved: bool = False


def minutes(seconds: float) -> str:
    return f"{max(1, round(seconds / 60))} min"


def ago(seconds: float) -> str:
    if seconds < 3600:
        return f"{max(1, int(seconds // 60))} min ago"
    if seconds < DAY:
        return f"{int(seconds // 3600)} h ago"
    days = int(seconds // DAY)
    if days < 14:
        return "1 day ago" if days == 1 else f"{days} days ago"
    return f"{days // 7} weeks ago"


def failed_categories(event: Event) -> str:
    """'edge cases and complexity' from a grade's per-category counts."""
    failed = [CATEGORY_LABELS[c] for c in CATEGORY_ORDER
              if c in event.categories and event.categories[c][0] < event.categories[c][1]]
    if not failed:
        return "could not be graded" if not event.categories else "failed"
    return "failed " + " and ".join(failed)


def review_of(attempt: Attempt, grades: list[Event]) -> Review | None:
    """The review an attempt amounts to; None while it is in progress and ungraded."""
    box = attempt.minutes * 60
    if attempt.status == "solved":
        elapsed = attempt.elapsed()
        quality, parts = 5, []
        if elapsed > box:
            quality, parts = 3, [f"solved in {minutes(elapsed)} against a {attempt.minutes}-min box"]
        elif elapsed > box / 2:
            quality, parts = 4, [f"solved in {minutes(elapsed)} within the {attempt.minutes}-min box"]
        else:
            parts = [f"solved cleanly in {minutes(elapsed)} ({attempt.minutes}-min box)"]
        if attempt.hints_used:
            quality = min(quality, 3)
            parts.append(f"with {attempt.hints_used} hint{'s' if attempt.hints_used > 1 else ''}")
            parts[0] = parts[0].replace("cleanly ", "")
        if attempt.solution_seen:
            quality = 2
            parts.append("after seeing the solution")
            parts[0] = parts[0].replace("cleanly ", "")
        return Review(attempt.slug, attempt.ended_at or attempt.started_at, quality, ", ".join(parts), True)
    if grades:
        last = max(grades, key=lambda e: e.at)
        what = failed_categories(last) + (" (solution seen)" if attempt.solution_seen else "")
        return Review(attempt.slug, last.at, 0 if attempt.solution_seen else 1, what)
    if attempt.status == "abandoned":
        return Review(attempt.slug, attempt.ended_at or attempt.started_at, 0, "left unsolved")
    return None


@dataclass
class Record:
    """Everything `next` and `mock` need to know about one problem."""

    slug: str
    reviews: list[Review] = field(default_factory=list)
    in_progress: Attempt | None = None  # an attempt running and not yet graded

    @property
    def attempted(self) -> bool:
        return bool(self.reviews) or self.in_progress is not None

    @property
    def last(self) -> Review | None:
        return self.reviews[-1] if self.reviews else None

    def schedule(self) -> tuple[float, float]:
        """(interval in days, due time) after the reviews so far, SM-2 style."""
        ease, reps, interval = START_EASE, 0, 0.0
        for review in self.reviews:
            q = review.quality
            if q < 3:
                reps, interval = 0, 1.0
            else:
                reps += 1
                interval = FIRST_INTERVAL_DAYS[q] if reps == 1 else interval * ease
            ease = max(MIN_EASE, ease + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))
        return interval, self.reviews[-1].at + interval * DAY


def records(store: Store) -> dict[str, Record]:
    """Per problem slug, its reviews (oldest first) and any ungraded attempt in progress."""
    grades: dict[int, list[Event]] = {}
    for event in store.events(limit=None, kind="grade"):
        if event.attempt_id is not None:
            grades.setdefault(event.attempt_id, []).append(event)
    out: dict[str, Record] = {}
    for attempt in store.attempts():
        record = out.setdefault(attempt.slug, Record(attempt.slug))
        review = review_of(attempt, grades.get(attempt.id, []))
        if review:
            record.reviews.append(review)
        elif attempt.status == "in_progress":
            record.in_progress = attempt
    for record in out.values():
        record.reviews.sort(key=lambda r: r.at)
    return out


def tag_weakness(problems: list[Problem], recs: dict[str, Record]) -> dict[str, float]:
    """Per tag practised, how badly it goes: the mean of (5 - quality) / 5 over its reviews,
    pulled towards 0.5 (unknown) by one imaginary review so one lucky solve proves little."""
    totals: dict[str, list[float]] = {}
    for problem in problems:
        for review in recs.get(problem.slug, Record(problem.slug)).reviews:
            for tag in problem.tags:
                totals.setdefault(tag, []).append((5 - review.quality) / 5)
    return {tag: (sum(v) + 0.5) / (len(v) + 1) for tag, v in totals.items()}


# --- drill next ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    problem: Problem
    kind: str  # "in progress", "due", "new", "early"
    reason: str
    command: str


def suggest(catalogue_problems: list[Problem], store: Store | None, *, count: int = 3,
            round: str | None = None, now: float | None = None) -> list[Suggestion]:
    """The next `count` problems to practise, most urgent first, each with its reason."""
    now = now or time.time()
    recs = records(store) if store else {}
    problems = [p for p in catalogue_problems if round is None or p.round == round]
    weakness = tag_weakness(catalogue_problems, recs)
    weakest = max(weakness, key=lambda t: (weakness[t], t)) if weakness else None

    def weight(problem: Problem) -> float:
        return 1 + max((weakness.get(t, 0.5) for t in problem.tags), default=0.5)

    running, due, early, new = [], [], [], []
    for problem in problems:
        rec = recs.get(problem.slug)
        if rec is None or not rec.attempted:
            new.append(problem)
            continue
        if rec.in_progress is not None:
            started = rec.in_progress.started_at
            running.append((started, Suggestion(problem, "in progress", f"in progress, started {ago(now - started)}: "
                                                "finish it", f"drill grade {problem.slug}")))
            continue
        interval, due_at = rec.schedule()
        last = rec.last
        restart = " --restart" if store and store.in_progress(problem.slug) else ""
        command = f"drill start {problem.slug}{restart}"
        reason = f"{last.what} {ago(now - last.at)}"
        if due_at <= now:
            # Overdue reviews rise slowly (log), so a failure stays ahead of an old slow solve.
            overdue = math.log1p((now - due_at) / (interval * DAY))
            urgency = weight(problem) * (1 + overdue) + 2 * (5 - last.quality)
            due.append((-urgency, problem.slug, Suggestion(problem, "due", reason, command)))
        else:
            early.append((due_at, problem.slug, Suggestion(
                problem, "early", f"{reason}; review due in {ago(due_at - now).removesuffix(' ago')}", command)))

    introduced_today = sum(1 for rec in recs.values() if rec.attempted and now - _first_seen(rec) < DAY)
    quota = max(0, NEW_PER_DAY - introduced_today)
    new.sort(key=lambda p: (-max((weakness.get(t, 0.5) for t in p.tags), default=0.5),
                            DIFFICULTY_RANK[p.difficulty], p.slug))
    beyond = f" (beyond today's {NEW_PER_DAY} new problems)"
    fresh = [Suggestion(p, "new", _new_reason(p, weakness, weakest) + ("" if i < quota else beyond),
                        f"drill start {p.slug}") for i, p in enumerate(new)]
    ordered = ([s for _, s in sorted(running, key=lambda r: r[0])] + [s for *_, s in sorted(due)]
               + fresh + [s for *_, s in sorted(early)])
    return ordered[:count]


def _first_seen(rec: Record) -> float:
    times = [r.at for r in rec.reviews] + ([rec.in_progress.started_at] if rec.in_progress else [])
    return min(times)


def _new_reason(problem: Problem, weakness: dict[str, float], weakest: str | None) -> str:
    if weakest in problem.tags:
        return f"new: practises {weakest}, your weakest tag"
    unpractised = [t for t in problem.tags if t not in weakness]
    if unpractised:
        return f"new: practises {unpractised[0]}, a tag you have not practised yet"
    worst = max(problem.tags, key=lambda t: weakness.get(t, 0.0))
    return f"new: practises {worst} ({problem.difficulty})"


# --- drill mock ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MockRound:
    round: str
    label: str
    what: str
    box: int | None  # the round's time box in minutes; None: the problem's own


MOCK_ROUNDS = (
    MockRound("coding", "Coding #1", "data structures and algorithms", None),
    MockRound("ml", "Coding #2", "ML coding", 25),
    MockRound("stats", "Statistics", "statistics and probability", None),
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
class MockStart:
    mock: Mock
    skipped: list[str]  # what could not be planned, in words
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
    recs = records(store)
    busy = {a.slug for a in store.in_progress()}
    rounds, skipped, chosen = [], [], set()
    for spec in MOCK_ROUNDS:
        if spec.round == "stats" and not with_stats:
            continue
        of_round = [p for p in loaded if p.round == spec.round]
        entry = {"round": spec.round, "label": spec.label, "what": spec.what, "slug": None, "title": None,
                 "minutes": None, "reason": "", "state": "pending", "attempt_id": None,
                 "started_at": None, "ended_at": None, "result": None, "note": ""}
        rng = random.Random(f"{seed}/{spec.round}")
        picked = pick(of_round, recs, rng, chosen | busy) or pick(of_round, recs, rng, chosen)
        if picked is None:
            entry.update(state="skipped", note=f"no {spec.what} problem in the catalogue yet")
            skipped.append(f"{spec.label} ({spec.what}): no {spec.round} problem in the catalogue yet, "
                           "so this round is skipped")
        else:
            problem, reason = picked
            chosen.add(problem.slug)
            entry.update(slug=problem.slug, title=problem.title, minutes=spec.box or problem.minutes,
                         reason=reason)
        rounds.append(entry)
    if all(r["state"] == "skipped" for r in rounds):
        raise ProblemError("the catalogue has no problem for any mock round",
                           hint="add problems (drill new SLUG) or point DRILL_CATALOGUE at a full catalogue")
    backup = _start_round(catalogue, workspace, rounds, now)
    summary = "mock started: " + ", ".join(r["slug"] for r in rounds if r["slug"])
    mock = store.start_mock(seed, rounds, summary, now)
    return MockStart(mock, skipped, backup)


def _start_round(catalogue: Catalogue, workspace: Workspace, rounds: list[dict], now: float | None) -> str | None:
    """Start the attempt of the first pending round; returns the backup path if one was made."""
    for entry in rounds:
        if entry["state"] != "pending":
            continue
        problem = catalogue.get(entry["slug"])
        restart = bool(workspace.store.in_progress(problem.slug))
        result = workspace.start(problem, restart=restart)
        entry.update(state="running", attempt_id=result.attempt.id, started_at=result.attempt.started_at)
        return str(result.backup) if result.backup else None
    return None


def _round_attempt(store: Store, entry: dict) -> Attempt | None:
    """The round's attempt; if the user restarted it mid-round, the newer attempt counts."""
    latest = store.latest_attempt(entry["slug"])
    if latest and latest.started_at >= entry["started_at"]:
        return latest
    return store.attempt(entry["attempt_id"]) if entry["attempt_id"] else None


def _close_round(store: Store, entry: dict, now: float) -> None:
    """Freeze the running round's result; an unsolved attempt ends with the round."""
    attempt = _round_attempt(store, entry)
    if attempt and attempt.status == "in_progress":
        store.abandon(attempt.id, now)
        attempt = store.attempt(attempt.id)
    grades = store.events(limit=None, kind="grade", attempt_id=attempt.id) if attempt else []
    last = grades[0] if grades else None
    elapsed = attempt.elapsed(now) if attempt else 0.0
    entry.update(state="done", ended_at=now if not attempt else (attempt.ended_at or now), result={
        "solved": bool(attempt and attempt.status == "solved"),
        "elapsed": round(elapsed, 1),
        "within_box": bool(attempt and attempt.status == "solved" and elapsed <= entry["minutes"] * 60),
        "grades": len(grades),
        "categories": last.categories if last else {},
        "complexity": complexity_verdict(last),
        "hints_used": attempt.hints_used if attempt else 0,
        "solution_seen": bool(attempt and attempt.solution_seen),
    })


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
    rounds = mock.rounds
    for entry in rounds:
        if entry["state"] == "running":
            _close_round(store, entry, now)
    if not any(r["state"] == "pending" for r in rounds):
        return MockStep(_finish(store, mock, rounds, now), True)
    backup = _start_round(catalogue, workspace, rounds, now)
    return MockStep(store.update_mock(mock.id, rounds), False, backup)


def mock_end(workspace: Workspace, now: float | None = None) -> Mock:
    """Finish the mock now: the running round is scored as it stands, rounds not reached are marked."""
    now = now or time.time()
    mock = current_mock(workspace)
    rounds = mock.rounds
    for entry in rounds:
        if entry["state"] == "running":
            _close_round(workspace.store, entry, now)
        elif entry["state"] == "pending":
            entry.update(state="skipped", note="not reached: the mock ended first")
    return _finish(workspace.store, mock, rounds, now)


def _finish(store: Store, mock: Mock, rounds: list[dict], now: float) -> Mock:
    played = [r for r in rounds if r["result"] is not None]
    solved = sum(r["result"]["solved"] for r in played)
    within = sum(r["result"]["within_box"] for r in played)
    scorecard = {"mock_id": mock.id, "seed": mock.seed, "started_at": mock.started_at, "ended_at": now,
                 "rounds": rounds, "solved": solved, "played": len(played), "within_box": within}
    summary = f"mock finished: {solved}/{len(played)} solved, {within} in the box"
    return store.finish_mock(mock.id, rounds, scorecard, summary, now)


@dataclass(frozen=True)
class RoundStatus:
    entry: dict
    attempt: Attempt | None
    elapsed: float | None
    remaining: float | None


def mock_status(workspace: Workspace, now: float | None = None) -> tuple[Mock, list[RoundStatus]] | None:
    """The mock in progress with its rounds' clocks, or None."""
    if not workspace.has_history():
        return None
    now = now or time.time()
    mock = workspace.store.current_mock()
    if mock is None:
        return None
    out = []
    for entry in mock.rounds:
        attempt = _round_attempt(workspace.store, entry) if entry["state"] == "running" else None
        elapsed = attempt.elapsed(now) if attempt else None
        remaining = entry["minutes"] * 60 - elapsed if elapsed is not None else None
        out.append(RoundStatus(entry, attempt, elapsed, remaining))
    return mock, out
