"""The grader a watch keeps for its whole length: each run after the first skips the cold start."""

from __future__ import annotations

from pathlib import Path

from harness.catalogue.loader import Problem
from harness.grading.grader import GradeOptions, grade
from harness.grading.results import Report


class WarmGrader:
    """Grades one problem's solution again and again (`drill test --watch`)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, problem: Problem, solution: Path, options: GradeOptions) -> Report:
        return grade(problem, solution, options)

    def close(self) -> None:
        pass
