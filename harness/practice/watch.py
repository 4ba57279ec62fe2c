"""The grader a watch keeps for its whole length: after the first run, each save is graded by a test
process that is already running, its tests collected and its worker factory (zygote) warm."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from harness.catalogue.loader import Problem
from harness.grading.grader import GradeOptions, grade
from harness.grading.results import Report

if TYPE_CHECKING:
    from harness.grading.warm import WarmSession


class WarmGrader:
    """Grades one problem's solution again and again (`drill test --watch`): through a warm session
    (harness.grading.warm) while it lives, cold when it cannot, opening a new session then."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.session: WarmSession | None = None

    def __call__(self, problem: Problem, solution: Path, options: GradeOptions) -> Report:
        from harness.grading.warm import WarmSession

        if self.session is not None and (self.session.problem.slug != problem.slug
                                         or self.session.options.seed != options.seed):
            self.close()
        if self.session is None:
            self.session = WarmSession(problem, GradeOptions(kind=self.kind, seed=options.seed))
        report = self.session.grade(solution, options)
        if report is None:  # the warm process ended (an overrun, a crash): this run goes cold
            self.close()
            report = grade(problem, solution, options)
        return report

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
