"""The report of one submission, assembled in the grader process from its test process's messages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, TypedDict

from harness import categories
from harness.complexity.verdict import ComplexityVerdict
from harness.errors import GradingError
from harness.grading.results import Outcome, Report, TestResult
from harness.isolation import backend
from harness.protocol import messages
from harness.protocol.messages import Collected, Finished, Message, Result
from harness.protocol.settings import BatchEntry


class ReportBase(TypedDict):
    """The fields of a Report known before the tests run (the rest come from the run)."""

    kind: str
    slug: str
    title: str
    round: str
    seed: int
    started_at: str
    harness_version: str
    time_box_minutes: NotRequired[int | None]
    attempt_elapsed: NotRequired[float | None]
    submission: NotRequired[str]



def collected_for(message: Message, entry: BatchEntry) -> Message:
    """The shared list of collected tests, narrowed to those this batch entry meets."""
    if not isinstance(message, Collected):
        return message
    return Collected(tuple(t for t in message.tests if entry.selects(t.id, t.category)))


def collection_failure(slug: str, pytest_output: str) -> GradingError:
    tail = pytest_output.strip()[-3000:]
    return GradingError(f"the tests for {slug} could not be collected; this is a problem "
                        f"in the catalogue, not in your solution:\n{tail}")


def assemble_report(base: ReportBase, received: Sequence[Message], pytest_output: str, duration: float,
              timed_out: bool, grade_timeout: float, plan: backend.Plan,
              extra: Sequence[TestResult] = ()) -> Report:
    """The report of one submission from the messages its test process sent: every collected
    test without a result (never reported, or reported on a line that did not decode) failed."""
    collected = next((m.tests for m in received if isinstance(m, Collected)), None)
    finished = next((m for m in received if isinstance(m, Finished)), None)
    isolation = plan.isolation
    if collected is None:
        raise collection_failure(base["slug"], pytest_output)
    unloadable = next((m for m in received if isinstance(m, messages.ImportFailed)), None)
    if unloadable is not None:
        # No test ran: the short block a syntax error gets, not every test failed the same way.
        error = unloadable.message + (f"\n{unloadable.detail.rstrip()}" if unloadable.detail.strip() else "")
        # The source scan needs no import: a forbidden import is reported as the rule it breaks.
        return Report(**base, duration=duration, isolation=isolation, error=error, tests=tuple(extra),
                      worker_restarts=finished.restarts if finished else 0,
                      notes=(plan.note,) if plan.note else ())
    results: dict[str, Result] = {}
    for m in received:
        if not isinstance(m, Result):
            continue
        previous = results.get(m.id)
        # A failure in any phase (setup, call, teardown) sticks.
        if previous is None or previous.outcome is not messages.TestOutcome.FAILED:
            results[m.id] = m
    tests: list[TestResult] = []
    verdicts: tuple[ComplexityVerdict, ...]
    for entry in collected:
        r = results.get(entry.id)
        if r is None:
            why = (f"not finished: grading hit its overall time limit ({grade_timeout:g} s)" if timed_out
                   else "not finished: the test process stopped before this test reported a result")
            outcome, message, dur, out, note, verdicts = Outcome.FAILED, why, 0.0, "", "", ()
        else:
            outcome = Outcome.PASSED if r.outcome is messages.TestOutcome.PASSED else Outcome.FAILED
            message = r.message if outcome is Outcome.FAILED else ""
            if r.outcome is messages.TestOutcome.SKIPPED:
                message = "skipped: counts as failed"
            dur, out, note, verdicts = r.duration, r.output, r.note, r.complexity
        tests.append(TestResult(id=entry.id, name=entry.name, category=entry.category,
                                outcome=outcome, description=entry.description,
                                message=message, duration=dur, output=out, note=note, complexity=verdicts))
    tests[:0] = extra  # rule breaches first: they explain the failures that follow
    notes = [f"{categories.LABELS[m.category]}: {m.timeouts} tests in a row ran past the per-call time limit "
             f"({m.call_timeout:g} s); the rest of this category was skipped and counts as failed"
             for m in received if isinstance(m, messages.CategoryStopped)]
    if timed_out:
        notes.append(f"grading stopped at its overall time limit of {grade_timeout:g} s")
    if finished is None and not timed_out:
        notes.append("the test process ended early; unfinished tests count as failed")
    if plan.note:
        notes.append(plan.note)
    return Report(**base, duration=duration, isolation=isolation, tests=tuple(tests),
                  worker_restarts=finished.restarts if finished else 0, notes=tuple(notes))
