"""The typed messages from the trusted test process to the grader, and how the grader reads them."""

from __future__ import annotations

import json

import pytest

from harness.complexity.verdict import ComplexityVerdict
from harness.grading.assemble import assemble_report
from harness.grading.results import Outcome
from harness.isolation.backend import Plan
from harness.protocol import messages
from harness.protocol.messages import (
    Begin,
    Collected,
    CollectedTest,
    Finished,
    MessageError,
    Result,
    TestOutcome,
    WorkerStarted,
)

VERDICT = ComplexityVerdict("time", "two_sum", "O(n)", "O(n)", True, "4x input gave 4x work")
EVERY_KIND = [
    Collected((CollectedTest("t.py::a", "a", "correctness", "first"), CollectedTest("t.py::b", "b", "edge"))),
    Begin(2),
    WorkerStarted(4321),
    WorkerStarted(4321, submission=0),
    Result("t.py::a", "call", TestOutcome.PASSED, duration=0.25, note="grew 4x", complexity=(VERDICT,)),
    Result("t.py::b", "setup", TestOutcome.FAILED, message="boom", output="printed", submission=1),
    Finished(restarts=2, isolation="process"),
    Finished(1, "bubblewrap", True, 3.5, submission=4),
]


@pytest.mark.parametrize("message", EVERY_KIND, ids=lambda m: type(m).__name__)
def test_every_message_kind_round_trips(message):
    line = messages.encode(message)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert messages.decode(line) == message


def test_single_grading_messages_carry_no_submission_index():
    assert "submission" not in json.loads(messages.encode(Finished(0, None)))
    assert json.loads(messages.encode(Finished(0, None, submission=3)))["submission"] == 3


@pytest.mark.parametrize(("line", "needle"), [
    (b"not json", "not a JSON message"),
    (b"[1, 2]", "JSON object"),
    (b'{"type": "verdict", "passed": true}', "unknown message type 'verdict'"),
    (b'{"tests": []}', "unknown message type None"),
    (b'{"type": "result", "id": "t", "when": "call", "outcome": "passd"}', "'outcome'"),
    (b'{"type": "result", "when": "call", "outcome": "passed"}', "'id' is missing"),
    (b'{"type": "result", "id": "t", "when": "call", "outcome": "passed", "duration": "1"}', "'duration'"),
    (b'{"type": "result", "id": "t", "when": "call", "outcome": "passed", "complexity": [{"met": true}]}',
     "complexity[0]"),
    (b'{"type": "collected", "tests": [{"id": "t", "name": "t", "category": "style"}]}', "'tests[0].category'"),
    (b'{"type": "begin"}', "'submission' is missing"),
    (b'{"type": "worker", "pid": 0}', "'pid'"),
    (b'{"type": "finished", "restarts": -1}', "'restarts'"),
    (b'{"type": "finished", "submission": "0"}', "'submission'"),
])
def test_a_malformed_message_is_refused_naming_what_is_wrong(line, needle):
    with pytest.raises(MessageError) as info:
        messages.decode(line)
    assert needle in str(info.value)


# --- how the grader reads the stream -------------------------------------------------------------

TESTS = Collected(tuple(CollectedTest(f"t.py::{n}", n, "correctness") for n in "abc"))
BASE = {"kind": "grade", "slug": "two_sum", "title": "Two Sum", "round": "coding", "seed": 1,
        "started_at": "2025-01-01T00:00:00+00:00", "harness_version": "0"}


def report_from(lines: list[bytes]):
    received = []
    for line in lines:
        try:
            received.append(messages.decode(line))
        except MessageError:
            continue  # what the grader's reader does with such a line
    return assemble_report(BASE, received, "", 1.0, False, 60.0, Plan("process", "harness.isolation.process:ProcessBackend"))


def passed(name: str) -> bytes:
    return messages.encode(Result(f"t.py::{name}", "call", TestOutcome.PASSED))


def test_well_formed_results_pass():
    report = report_from([messages.encode(TESTS), passed("a"), passed("b"), passed("c"),
                          messages.encode(Finished())])
    assert report.passed and [t.outcome for t in report.tests] == [Outcome.PASSED] * 3


@pytest.mark.parametrize("bad", [
    b'{"type": "result", "id": "t.py::b", "when": "call", "outcome": "PASSED"}',
    b'{"type": "result", "id": "t.py::b", "when": "call", "outcome": "passed", "duration": null}',
    b'{"type": "rezult", "id": "t.py::b", "when": "call", "outcome": "passed"}',
    b'{"type": "result", "id": "t.py::b", "when": "call", "outcome": "passed"',
])
def test_a_malformed_result_counts_as_failed_never_passed(bad):
    report = report_from([messages.encode(TESTS), passed("a"), bad, passed("c"), messages.encode(Finished())])
    outcomes = {t.name: t.outcome for t in report.tests}
    assert outcomes == {"a": Outcome.PASSED, "b": Outcome.FAILED, "c": Outcome.PASSED}
    assert not report.passed
    assert report.failures()[0].message.startswith("not finished")


def test_a_failure_in_any_phase_sticks_and_verdicts_reach_the_report():
    failed_teardown = Result("t.py::a", "teardown", TestOutcome.FAILED, message="teardown broke")
    verdict_call = Result("t.py::b", "call", TestOutcome.PASSED, note="grew", complexity=(VERDICT,))
    report = report_from([messages.encode(TESTS), passed("a"), messages.encode(failed_teardown),
                          messages.encode(verdict_call), passed("c"), messages.encode(Finished(restarts=1))])
    by_name = {t.name: t for t in report.tests}
    assert by_name["a"].outcome is Outcome.FAILED and by_name["a"].message == "teardown broke"
    assert by_name["b"].passed and by_name["b"].complexity == (VERDICT,) and by_name["b"].note == "grew"
    assert report.worker_restarts == 1
