"""What to practise next (`drill next`): spaced repetition over the user's own record.

Every finished try at a problem is a review with a quality from 0 to 5 (the SM-2 scale): a clean
solve well inside the time box is 5, a slow or helped solve 3, a failed grade 1. Reviews drive an
SM-2-like interval per problem, so failures come back the next day and clean solves weeks later;
tags the user is weak at weigh more, and never-attempted problems come in at a steady rate.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from harness import categories
from harness.catalogue.loader import Problem
from harness.practice.store import Attempt, Event, Store

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
    failed = [categories.LABELS[c] for c in categories.NAMES
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


@dataclass(frozen=True)
class Record:
    """Everything `next` and `mock` need to know about one problem."""

    slug: str
    reviews: tuple[Review, ...] = ()  # oldest first
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
    reviews: dict[str, list[Review]] = {}
    running: dict[str, Attempt] = {}
    for attempt in store.attempts():
        found = reviews.setdefault(attempt.slug, [])
        review = review_of(attempt, grades.get(attempt.id, []))
        if review:
            found.append(review)
        elif attempt.status == "in_progress":
            running[attempt.slug] = attempt
    return {slug: Record(slug, tuple(sorted(found, key=lambda r: r.at)), running.get(slug))
            for slug, found in reviews.items()}


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
        last = rec.reviews[-1]  # attempted and not in progress: at least one review
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


@dataclass(frozen=True)
class Outlook:
    """What `drill next` says under its suggestions: whether anything is due, when the next review
    comes back, and how many new problems today's allowance has left."""

    due: int  # reviews due now (attempts in progress included)
    next_slug: str | None  # the next review to come back, when nothing is due
    next_in: float | None  # seconds until it does
    new_left: int  # new problems still introduced today, of NEW_PER_DAY

    def lines(self) -> list[str]:
        out = []
        if self.due == 0:
            out.append("Nothing is due for review now" + (
                f"; the next one, {self.next_slug}, comes back in {ago(self.next_in).removesuffix(' ago')}."
                if self.next_slug and self.next_in is not None else "."))
        out.append(f"New problems come in {NEW_PER_DAY} a day so that reviews stay manageable; {self.new_left} "
                   f"left today (those 'beyond today's {NEW_PER_DAY} new problems' are extra).")
        return out


def outlook(catalogue_problems: list[Problem], store: Store | None, *, round: str | None = None,
            now: float | None = None) -> Outlook:
    now = now or time.time()
    recs = records(store) if store else {}
    slugs = {p.slug for p in catalogue_problems if round is None or p.round == round}
    due, upcoming = 0, []
    for slug, rec in recs.items():
        if slug not in slugs or not rec.attempted:
            continue
        if rec.in_progress is not None:
            due += 1
            continue
        _interval, due_at = rec.schedule()
        if due_at <= now:
            due += 1
        else:
            upcoming.append((due_at, slug))
    introduced_today = sum(1 for rec in recs.values() if rec.attempted and now - _first_seen(rec) < DAY)
    first = min(upcoming) if upcoming else None
    return Outlook(due, first[1] if first else None, first[0] - now if first else None,
                   max(0, NEW_PER_DAY - introduced_today))


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
