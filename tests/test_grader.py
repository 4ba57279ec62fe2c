"""The grader end to end: every failure mode is a fixture folder (a submission and what must happen)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from harness.grading.grader import GradeOptions, grade
from harness.grading.report import render_text, to_junit, validate_json
from harness.grading.results import Report

from .conftest import FIXTURES, ROOT

CASES = sorted(p for p in (FIXTURES / "grading").iterdir() if (p / "expect.toml").is_file())


def failed_categories(report: Report) -> set[str]:
    return {c.category for c in report.categories if not c.ok}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_grading_fixture(case: Path, catalogue):
    expect = tomllib.loads((case / "expect.toml").read_text())
    problem = catalogue.get(expect["problem"])
    # `solution` names a file of the repository instead of a copy beside expect.toml.
    solution = ROOT / expect["solution"] if "solution" in expect else case / "solution.py"
    report = grade(problem, solution, GradeOptions(kind=expect.get("kind", "grade"), seed=11))
    validate_json(report.to_dict())
    text = "\n".join(render_text(report, verbose=True))
    assert report.passed is expect["passed"], text
    for needle in expect.get("error_contains", []):
        assert report.error and needle in report.error, report.error
    if "failed" in expect:
        assert set(expect["failed"]) <= failed_categories(report), text
    for category in expect.get("passing", []):
        summary = {c.category: c for c in report.categories}[category]
        assert summary.ok, f"{category} should pass:\n{text}"
    messages = "\n".join(t.message for t in report.failures())
    for needle in expect.get("message_contains", []):
        assert needle in messages, text
    outputs = "\n".join(t.output for t in report.tests)
    for needle in expect.get("output_contains", []):
        assert needle in outputs, text
    for needle in expect.get("text_contains", []):
        assert needle in text, text
    notes = "\n".join(t.note for t in report.tests)
    for needle in expect.get("note_contains", []):
        assert needle in notes, text
    if "restarts_at_least" in expect:
        assert report.worker_restarts >= expect["restarts_at_least"]
    if "tests_run" in expect:
        assert len(report.tests) == expect["tests_run"], text
    if "duration_below" in expect:
        assert report.duration < expect["duration_below"], text


def test_reference_passes_and_reports_every_category(catalogue):
    problem = catalogue.get("two_sum")
    report = grade(problem, ROOT / "solutions/two_sum/reference.py", GradeOptions(seed=5))
    assert report.passed
    assert [c.category for c in report.categories] == ["correctness", "edge", "complexity"]
    assert all(t.passed for t in report.tests) and len(report.tests) >= 20


def test_json_report_round_trips_and_matches_schema(catalogue):
    problem = catalogue.get("two_sum")
    report = grade(problem, ROOT / "solutions/two_sum/wrong_adjacent_only.py", GradeOptions(seed=3))
    data = json.loads(json.dumps(report.to_dict()))
    validate_json(data)
    again = Report.from_dict(data)
    assert again.to_dict() == report.to_dict()
    assert data["passed"] is False and data["seed"] == 3


def test_same_seed_replays_the_same_inputs(catalogue):
    problem = catalogue.get("two_sum")
    wrong = ROOT / "solutions/two_sum/wrong_adjacent_only.py"
    first = grade(problem, wrong, GradeOptions(seed=99))
    second = grade(problem, wrong, GradeOptions(seed=99))
    other = grade(problem, wrong, GradeOptions(seed=100))
    messages = lambda r: [t.message for t in r.failures()]  # noqa: E731
    assert messages(first) == messages(second)
    assert messages(first) != messages(other)


def test_junit_report_lists_every_test_with_failures(catalogue):
    problem = catalogue.get("two_sum")
    report = grade(problem, ROOT / "solutions/two_sum/wrong_same_index.py", GradeOptions(seed=8))
    root = ET.fromstring(to_junit([report]))
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert len(cases) == len(report.tests)
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == len(report.failures()) > 0
    assert int(suite.get("failures")) == len(failed)
    assert {c.get("classname") for c in cases} >= {"two_sum.correctness", "two_sum.edge"}


def test_visible_examples_run_only_the_examples(catalogue):
    problem = catalogue.get("two_sum")
    report = grade(problem, ROOT / "solutions/two_sum/reference.py", GradeOptions(kind="test", seed=1))
    assert report.passed and report.kind == "test"
    assert all("test_examples.py" in t.id for t in report.tests)


def test_the_submission_cannot_see_the_hidden_tests_or_the_workspace(catalogue, tmp_path):
    """Only solution.py is copied into the grading folder the worker starts in."""
    probe = tmp_path / "solution.py"
    probe.write_text(
        "import os\n"
        "def two_sum(nums, target):\n"
        "    here = sorted(os.listdir('.'))\n"
        "    raise RuntimeError('visible: ' + ','.join(here))\n")
    (tmp_path / "secret.txt").write_text("x")
    report = grade(catalogue.get("two_sum"), probe, GradeOptions(seed=1))
    message = report.failures()[0].message
    assert "visible: solution.py" in message and "secret" not in message and "test_hidden" not in message


def test_tests_cut_off_by_the_grade_time_limit_count_as_failed(catalogue, tmp_path):
    """A submission that hangs on every call cannot outlast grading: the overall limit stops the
    test process, and every collected test without a result is failed, never passed."""
    hang = tmp_path / "solution.py"
    hang.write_text("def two_sum(nums, target):\n    while True:\n        pass\n")
    report = grade(catalogue.get("two_sum"), hang, GradeOptions(seed=1, grade_timeout=4))
    assert not report.passed
    assert len(report.tests) >= 20
    unfinished = [t for t in report.tests if t.message.startswith("not finished")]
    assert unfinished and all(not t.passed for t in unfinished)
    assert any("overall time limit" in note for note in report.notes)
    assert report.duration < 4 + 15 + 10
    validate_json(report.to_dict())


def test_test_files_can_share_a_support_module(tmp_path):
    """tests/support.py is copied next to the test file in the trusted run and importable."""
    import shutil

    from harness.catalogue.loader import load_problem

    root = tmp_path / "cat"
    shutil.copytree(ROOT / "problems" / "two_sum", root / "problems" / "two_sum")
    tests = root / "problems" / "two_sum" / "tests"
    (tests / "support.py").write_text(
        "def valid_pairs(nums, target):\n"
        "    return {(i, j) for i in range(len(nums)) for j in range(i + 1, len(nums))"
        " if nums[i] + nums[j] == target}\n")
    examples = tests / "test_examples.py"
    text = examples.read_text()
    start = text.index("def valid_pairs")
    end = text.index("@pytest.mark.parametrize")
    examples.write_text(text[:start].replace("import pytest", "import pytest\nfrom support import valid_pairs")
                        + text[end:])
    problem = load_problem(root / "problems" / "two_sum", use_cache=False)
    good = grade(problem, ROOT / "solutions/two_sum/reference.py", GradeOptions(kind="test", seed=1))
    bad = grade(problem, ROOT / "solutions/two_sum/wrong_adjacent_only.py", GradeOptions(kind="test", seed=1))
    assert good.passed and len(good.tests) == 4
    assert not bad.passed and "expected one of" in bad.failures()[0].message


@pytest.mark.parametrize("category", ["correctness", "edge", "complexity"])
def test_grading_one_category_runs_only_its_tests(catalogue, category):
    """What `drill validate` uses for wrong solutions: only the tests of one category run; the
    reference passes them and a solution wrong in that category fails them."""
    problem = catalogue.get("two_sum")
    solutions = ROOT / "solutions" / "two_sum"
    wrong = {"correctness": "wrong_adjacent_only.py", "edge": "wrong_same_index.py",
             "complexity": "wrong_brute_force.py"}[category]
    options = GradeOptions(seed=3, category=category)
    good = grade(problem, solutions / "reference.py", options)
    bad = grade(problem, solutions / wrong, options)
    for report in (good, bad):
        validate_json(report.to_dict())
        assert report.tests and {t.category for t in report.tests} == {category}
    assert good.passed
    assert not bad.passed and failed_categories(bad) == {category}


VERDICT_TESTS = '''
from harness.complexity.verdict import ComplexityVerdict


def test_records_a_verdict(request, solution):
    got = solution.two_sum([3, 5, 3], 6)
    met = isinstance(got, list) and sorted(got) == [0, 2]
    if met:  # a wrong answer leaves no verdict: one left from an earlier run would be a leak
        request.node.drill_verdicts = [ComplexityVerdict("time", "two_sum", "O(n)", "O(n)", met, "as wanted")]
    assert met


def test_records_nothing(solution):
    assert solution.two_sum([3, 5, 3], 6) is not None
'''


def test_complexity_verdicts_travel_from_the_test_process_to_the_report(tmp_path):
    """What a test leaves on request.node.drill_verdicts reaches TestResult.complexity, single and
    batched, and never carries over to the next submission of a batch."""
    import shutil

    from harness.catalogue.loader import load_problem
    from harness.complexity.verdict import ComplexityVerdict
    from harness.grading.grader import Submission, grade_batch

    root = tmp_path / "cat"
    shutil.copytree(ROOT / "problems" / "two_sum", root / "problems" / "two_sum")
    (root / "problems" / "two_sum" / "tests" / "test_hidden.py").write_text(VERDICT_TESTS)
    problem = load_problem(root / "problems" / "two_sum", use_cache=False)
    reference = ROOT / "solutions/two_sum/reference.py"
    wrong = ROOT / "solutions/two_sum/wrong_adjacent_only.py"
    expected = (ComplexityVerdict("time", "two_sum", "O(n)", "O(n)", True, "as wanted"),)

    def verdicts(report: Report) -> dict[str, tuple]:
        return {t.name: t.complexity for t in report.tests}

    single = grade(problem, reference, GradeOptions(seed=1))
    assert single.passed and verdicts(single) == {"test_records_a_verdict": expected, "test_records_nothing": ()}
    validate_json(single.to_dict())
    assert verdicts(Report.from_dict(json.loads(json.dumps(single.to_dict())))) == verdicts(single)
    good, bad = grade_batch(problem, [Submission(reference.read_bytes(), "good"),
                                      Submission(wrong.read_bytes(), "bad")], GradeOptions(seed=1))
    assert good.passed and verdicts(good)["test_records_a_verdict"] == expected
    assert not bad.passed and verdicts(bad) == {"test_records_a_verdict": (), "test_records_nothing": ()}


def test_the_grading_settings_never_reach_the_submission(catalogue, tmp_path):
    """The settings hold the seed the inputs are drawn from: the trusted process has them, the
    worker's scrubbed environment does not."""
    from harness.protocol.settings import SETTINGS_ENV

    probe = tmp_path / "solution.py"
    probe.write_text(
        "import os\n"
        "def two_sum(nums, target):\n"
        f"    raise RuntimeError('settings: ' + repr(os.environ.get({SETTINGS_ENV!r})))\n")
    report = grade(catalogue.get("two_sum"), probe, GradeOptions(seed=4242))
    message = report.failures()[0].message
    assert "settings: None" in message and "4242" not in message


# --- failing fast: the messages and how the grader reads them, without a test process -----------


def _report_from(received):
    from harness.grading.assemble import assemble_report
    from harness.isolation.backend import Plan

    base = {"kind": "grade", "slug": "two_sum", "title": "Two Sum", "round": "coding", "seed": 1,
            "started_at": "2025-01-01T00:00:00+00:00", "harness_version": "0"}
    return assemble_report(base, received, "", 1.0, False, 60.0,
                           Plan("process", "harness.isolation.process:ProcessBackend"))


def test_fail_fast_messages_round_trip_and_malformed_ones_are_refused():
    from harness.protocol import messages

    for message in (messages.ImportFailed("solution.py failed to import: KeyError: 'x'", "line 3"),
                    messages.ImportFailed("solution.py has no 'two_sum'", submission=2),
                    messages.CategoryStopped("edge", 2, 3.0),
                    messages.CategoryStopped("complexity", 3, 1.5, submission=0)):
        assert messages.decode(messages.encode(message)) == message
    for line, needle in ((b'{"type": "category-stopped", "category": "style", "timeouts": 2, "call_timeout": 3}',
                          "'category'"),
                         (b'{"type": "category-stopped", "category": "edge", "timeouts": 0, "call_timeout": 3}',
                          "'timeouts'"),
                         (b'{"type": "import-failed"}', "'message' is missing")):
        with pytest.raises(messages.MessageError, match=needle):
            messages.decode(line)


def test_the_entrypoints_travel_with_the_settings():
    from harness.protocol.settings import GradingSettings, SettingsError

    settings = GradingSettings(seed=1, call_timeout=2.0, memory_mb=512, solution="s.py", entrypoints=("a", "b"))
    assert GradingSettings.from_env(settings.to_env()) == settings
    with pytest.raises(SettingsError, match="'entrypoints'"):
        GradingSettings(seed=1, call_timeout=2.0, memory_mb=512, solution="s.py", entrypoints=("",))


def test_tests_of_a_stopped_category_count_as_failed_and_one_note_says_why():
    """A skipped test is failed, never passed; the category's passes before the stop stay, and
    the other categories are untouched."""
    from harness.protocol.messages import (
        CategoryStopped,
        Collected,
        CollectedTest,
        Finished,
        Result,
        TestOutcome,
    )

    tests = Collected((CollectedTest("t::a", "a", "correctness"), CollectedTest("t::b", "b", "correctness"),
                       CollectedTest("t::c", "c", "correctness"), CollectedTest("t::d", "d", "correctness"),
                       CollectedTest("t::e", "e", "edge")))
    report = _report_from([
        tests, Result("t::a", "call", TestOutcome.PASSED),
        Result("t::b", "call", TestOutcome.FAILED, message="did not finish within 3 s"),
        Result("t::c", "call", TestOutcome.FAILED, message="did not finish within 3 s"),
        CategoryStopped("correctness", 2, 3.0),
        Result("t::d", "setup", TestOutcome.FAILED, message="not run: 2 tests in a row ..."),
        Result("t::e", "call", TestOutcome.PASSED), Finished()])
    assert not report.passed
    assert {c.category: (c.passed, c.total) for c in report.categories} == {"correctness": (1, 4), "edge": (1, 1)}
    assert [n for n in report.notes if "the rest of this category was skipped" in n] == [
        "correctness: 2 tests in a row ran past the per-call time limit (3 s); the rest of this category "
        "was skipped and counts as failed"]


def test_a_submission_that_does_not_load_gets_the_error_block_and_no_tests():
    from harness.protocol.messages import Collected, CollectedTest, Finished, ImportFailed

    tests = Collected((CollectedTest("t::a", "a", "correctness"),))
    report = _report_from([tests, ImportFailed("solution.py failed to import: KeyError: 'X'", "line 3"),
                           Finished()])
    assert not report.passed and report.tests == ()
    assert report.error == "solution.py failed to import: KeyError: 'X'\nline 3"
    text = "\n".join(render_text(report))
    assert "could not be graded" in text and "What failed" not in text
    validate_json(report.to_dict())


def test_a_forbidden_import_is_a_load_error_and_a_broken_rule(catalogue):
    """A submission that imports a forbidden library cannot load (the runtime guard), and the
    report still names the rule it breaks (the source scan needs no import); an allowed
    solution of the same problem loads and keeps the rule."""
    problem = catalogue.get("pca")
    forbidden = grade(problem, ROOT / "solutions/pca/wrong_uses_sklearn.py", GradeOptions(seed=3))
    assert forbidden.error and "sklearn" in forbidden.error
    assert [(t.category, t.passed) for t in forbidden.tests] == [("rules", False)]
    assert not forbidden.passed
    allowed = grade(problem, ROOT / "solutions/pca/reference.py", GradeOptions(seed=3))
    assert allowed.error is None and allowed.passed
    assert any(t.category == "rules" and t.passed for t in allowed.tests)


def test_one_batch_grades_each_submission_on_its_own_tests_and_category():
    """drill validate grades a problem in one test process: the reference on the hidden tests and
    on the visible examples, a wrong solution on its category alone. Each report holds exactly the
    tests that grading alone would give it, and the verdicts are the same."""
    from harness.catalogue.loader import load_problem
    from harness.grading.grader import Submission, grade_batch

    problem = load_problem(ROOT / "problems" / "two_sum")
    solutions = ROOT / "solutions" / "two_sum"
    reference = (solutions / "reference.py").read_bytes()
    submissions = [Submission(reference, "hidden", kind="grade"),
                   Submission(reference, "examples", kind="test"),
                   Submission((solutions / "wrong_adjacent_only.py").read_bytes(), "wrong", category="correctness"),
                   Submission((solutions / "wrong_same_index.py").read_bytes(), "edge", category="edge")]
    hidden, examples, wrong, edge = grade_batch(problem, submissions, GradeOptions(kind="grade", seed=7))
    alone = {kind: grade(problem, solutions / "reference.py", GradeOptions(kind=kind, seed=7))
             for kind in ("grade", "test")}
    assert hidden.passed and examples.passed
    assert (hidden.kind, examples.kind) == ("grade", "test")
    assert [t.id for t in hidden.tests] == [t.id for t in alone["grade"].tests]
    assert [t.id for t in examples.tests] == [t.id for t in alone["test"].tests]
    assert all("test_hidden.py" in t.id for t in hidden.tests)
    assert not wrong.passed and {t.category for t in wrong.tests} == {"correctness"}
    assert any(t.outcome.value == "failed" for t in wrong.tests)
    assert not edge.passed and {t.category for t in edge.tests} == {"edge"}
    wrong_alone = grade(problem, solutions / "wrong_adjacent_only.py",
                        GradeOptions(kind="grade", seed=7, category="correctness"))
    assert [(t.id, t.outcome) for t in wrong.tests] == [(t.id, t.outcome) for t in wrong_alone.tests]


def test_margins_are_written_by_the_trusted_process_and_never_reach_the_submission(catalogue, tmp_path,
                                                                                  monkeypatch):
    """With DRILL_MARGINS set (benchmarks/bench_margins.py), the CPU guard's figures land in the
    file; the submission's environment never holds the variable."""
    from harness.trusted.margins import MARGINS_ENV

    log = tmp_path / "margins.jsonl"
    monkeypatch.setenv(MARGINS_ENV, str(log))
    problem = catalogue.get("two_sum")
    report = grade(problem, ROOT / "solutions/two_sum/reference.py", GradeOptions(seed=5, category="complexity"))
    assert report.passed
    records = [json.loads(line) for line in log.read_text().splitlines()]
    guards = [r for r in records if r["figure"] == "guard"]
    assert guards and all(r["ratio"] < r["ratio_limit"] and r["goal"] == "O(n)" for r in guards)
    assert all(r["test"].startswith("tests/test_hidden.py::") for r in records)
    probe = tmp_path / "solution.py"
    probe.write_text("import os\n"
                     "def two_sum(nums, target):\n"
                     f"    raise RuntimeError('margins: ' + repr(os.environ.get({MARGINS_ENV!r})))\n")
    message = grade(problem, probe, GradeOptions(seed=5, kind="test")).failures()[0].message
    assert "margins: None" in message
