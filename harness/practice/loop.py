"""The practice loop as library calls: list, start, status, test, grade, hint, solution, history
(the CLI wraps these)."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path

from harness.catalogue.loader import Catalogue, Problem
from harness.errors import HistoryError, ProblemError, UsageError
from harness.grading.results import Report
from harness.practice.store import Attempt, Event, ProblemSummary
from harness.practice.workspace import StartResult, Workspace

NEW = ProblemSummary("new")  # a problem never attempted


@dataclass(frozen=True)
class ProblemRow:
    problem: Problem
    status: str
    best: float | None


@dataclass(frozen=True)
class AttemptStatus:
    attempt: Attempt
    elapsed: float
    remaining: float
    solution: Path


def list_problems(catalogue: Catalogue, workspace: Workspace | None, *, round: str | None = None,
                  tag: str | None = None, difficulty: str | None = None
                  ) -> tuple[list[ProblemRow], list[ProblemError]]:
    """Rows for the problems matching the filters, and the errors of problems that failed to load."""
    summary = workspace.store.summary_by_slug() if workspace and workspace.has_history() else {}
    loaded, broken = catalogue.load_all()
    rows = []
    for problem in catalogue.filter(round=round, tag=tag, difficulty=difficulty, problems=loaded):
        entry = summary.get(problem.slug, NEW)
        rows.append(ProblemRow(problem, entry.status, entry.best))
    return rows, broken


def start(catalogue: Catalogue, workspace: Workspace, slug: str, *, restart: bool = False) -> tuple[Problem, StartResult]:
    problem = catalogue.get(slug)
    return problem, workspace.start(problem, restart=restart)


def status(workspace: Workspace, now: float | None = None) -> list[AttemptStatus]:
    now = now or time.time()
    out = []
    for attempt in workspace.store.in_progress():
        elapsed = attempt.elapsed(now)
        out.append(AttemptStatus(attempt, elapsed, attempt.minutes * 60 - elapsed,
                                 workspace.solution_path(attempt.slug)))
    return out


def run(catalogue: Catalogue, workspace: Workspace, slug: str | None, *, kind: str,
        seed: int | None = None, cwd: Path | None = None, progress=None, grader=None) -> Report:
    """`drill test` (kind="test") or `drill grade` (kind="grade"), recorded in the history;
    `progress` sees the test process's messages as they arrive (GradeOptions.progress); `grader`
    replaces harness.grading.grader.grade (a watch's warm one)."""
    from harness.grading.grader import GradeOptions, grade

    slug = workspace.slug_from_context(slug, cwd, command=kind)
    problem = catalogue.get(slug)
    solution = workspace.read_solution(slug)
    with workspace.grading_lock():
        current = workspace.store.in_progress(slug)
        attempt = current[0] if current else workspace.store.latest_attempt(slug)
        running = attempt if attempt and attempt.status == "in_progress" else None
        report = (grader or grade)(problem, solution, GradeOptions(kind=kind, seed=seed, progress=progress))
        # One clock: the time the report shows is the time recorded (a passing grade ends the
        # attempt at this same instant), against the attempt's own box (a mock round's may differ).
        now = time.time()
        report = dataclasses.replace(report, attempt_elapsed=running.elapsed(now) if running else None,
                                     time_box_minutes=running.minutes if running else problem.minutes)
        failed = len(report.failures())
        summary = report.error.splitlines()[0] if report.error else (
            "all tests passed" if report.passed else f"{failed} of {len(report.tests)} tests failed")
        detail = help_used(attempt)
        if detail:
            report = dataclasses.replace(report, notes=report.notes + tuple(describe_help(detail)))
        try:
            workspace.store.record(slug=slug, kind=kind, attempt=attempt, seed=report.seed, passed=report.passed,
                                   duration=report.duration, categories=report.category_counts(),
                                   summary=summary, detail=detail, now=now)
        except HistoryError as exc:
            # The grade is done and worth showing; the history only missed this one run.
            report = dataclasses.replace(report, notes=report.notes + (
                f"this run was NOT recorded in your history: {exc.message}" + (f" ({exc.hint})" if exc.hint else ""),))
    return report


def abandon(workspace: Workspace, slug: str | None, *, cwd: Path | None = None, now: float | None = None) -> Attempt:
    """End the attempt in progress without a grade (`drill abandon`); `start --restart` is the way
    to start over instead. It stays in the history and leaves the time statistics."""
    slug = workspace.slug_from_context(slug, cwd, command="abandon")
    current = workspace.store.in_progress(slug)
    if not current:
        raise UsageError(f"no attempt at {slug} is in progress", hint="drill status lists attempts in progress")
    return workspace.store.give_up(current[0], now)


def help_used(attempt: Attempt | None) -> dict:
    """What the attempt leaned on (hints, the reference solution); empty when it stood alone."""
    if attempt is None:
        return {}
    detail: dict = {}
    if attempt.hints_used:
        detail["hints_used"] = attempt.hints_used
    if attempt.solution_seen:
        detail["solution_seen"] = True
    return detail


def describe_help(detail: dict) -> list[str]:
    out = []
    if detail.get("hints_used"):
        out.append(f"hints used: {detail['hints_used']}")
    if detail.get("solution_seen"):
        out.append("solution seen: the reference solution was shown during this attempt")
    return out


@dataclass(frozen=True)
class Hints:
    problem: Problem
    revealed: int  # hints shown so far, this call's included
    new: int  # how many this call revealed (0: every hint had been shown already)

    @property
    def shown(self) -> list[tuple[int, str]]:
        return list(enumerate(self.problem.hints[:self.revealed], start=1))


def hint(catalogue: Catalogue, workspace: Workspace, slug: str, *, all_levels: bool = False,
         now: float | None = None) -> Hints:
    """Reveal the next hint (or all of them) and record it against the attempt in progress.

    Levels count per attempt, so a new attempt starts without hints; outside an attempt they
    count since the problem's last attempt."""
    problem = catalogue.get(slug)
    total = len(problem.hints)
    current = workspace.store.in_progress(slug)
    attempt = current[0] if current else None
    before = attempt.hints_used if attempt else _hints_outside_attempts(workspace, slug)
    level = total if all_levels else min(before + 1, total)
    workspace.store.record_hint(slug, attempt, level, total, now)
    return Hints(problem, max(level, before), max(0, level - before))


def _hints_outside_attempts(workspace: Workspace, slug: str) -> int:
    latest = workspace.store.latest_attempt(slug)
    since = None if latest is None else (latest.ended_at or latest.started_at)
    levels = [e.detail.get("level", 0) for e in workspace.store.events(slug, None, kind="hint", since=since)
              if e.attempt_id is None]
    return max(levels, default=0)


def has_graded(workspace: Workspace | None, slug: str) -> bool:
    return bool(workspace and workspace.has_history() and workspace.store.events(slug, 1, kind="grade"))


@dataclass(frozen=True)
class Solution:
    problem: Problem
    path: Path
    source: str
    attempt: Attempt | None  # the attempt now marked 'solution seen', if one was in progress


def solution(catalogue: Catalogue, workspace: Workspace, slug: str, *, force: bool = False,
             now: float | None = None) -> Solution:
    """The reference solution, once the problem has been graded (or forced); recorded either way."""
    problem = catalogue.get(slug)
    graded = has_graded(workspace, slug)
    if not graded and not force:
        raise UsageError(f"the reference solution of {slug} opens after you have graded an attempt",
                         hint=f"grade first (drill grade {slug}), or see it now with "
                         f"`drill solution {slug} --force` (your attempt is then marked 'solution seen')")
    path = problem.solutions_dir / "reference.py"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProblemError(f"{path}: cannot read the reference solution ({exc.strerror})",
                           hint="the catalogue is incomplete; check DRILL_CATALOGUE") from exc
    current = workspace.store.in_progress(slug)
    attempt = current[0] if current else None
    workspace.store.record_solution(slug, attempt, forced=not graded, now=now)
    return Solution(problem, path, source, attempt)


def history(workspace: Workspace, slug: str | None = None, limit: int = 50) -> list[Event]:
    return workspace.store.events(slug, limit=limit)
