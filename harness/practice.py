"""The practice loop as library calls: list, start, status, test, grade, history (the CLI wraps these)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from harness.catalogue import Catalogue, Problem
from harness.errors import ProblemError
from harness.results import Report
from harness.store import Attempt, Event
from harness.workspace import StartResult, Workspace


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
        entry = summary.get(problem.slug, {"status": "new", "best": None})
        rows.append(ProblemRow(problem, entry["status"], entry["best"]))
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
        seed: int | None = None, cwd: Path | None = None) -> Report:
    """`drill test` (kind="test") or `drill grade` (kind="grade"), recorded in the history."""
    from harness.grader import GradeOptions, grade

    slug = workspace.slug_from_context(slug, cwd)
    problem = catalogue.get(slug)
    solution = workspace.read_solution(slug)
    with workspace.grading_lock():
        current = workspace.store.in_progress(slug)
        attempt = current[0] if current else workspace.store.latest_attempt(slug)
        elapsed = attempt.elapsed() if attempt and attempt.status == "in_progress" else None
        report = grade(problem, solution, GradeOptions(kind=kind, seed=seed, attempt_elapsed=elapsed))
        failed = len(report.failures())
        summary = report.error.splitlines()[0] if report.error else (
            "all tests passed" if report.passed else f"{failed} of {len(report.tests)} tests failed")
        workspace.store.record(slug=slug, kind=kind, attempt=attempt, seed=report.seed, passed=report.passed,
                               duration=report.duration, categories=report.category_counts(), summary=summary)
    return report


def history(workspace: Workspace, slug: str | None = None, limit: int = 50) -> list[Event]:
    return workspace.store.events(slug, limit=limit)
