"""pytest plugin loaded into the trusted test process: fixtures that reach the worker, and a reporter.

The grader starts pytest with `-p harness.trusted.plugin` and a fixed configuration. The grading
settings come as one object (harness.protocol.settings, parsed once here). Results are written
as harness.protocol.messages, one JSON line each, to the pipe the settings name; the grader
trusts nothing else pytest prints.

Batch mode (the settings list a batch of submissions instead of one solution): the tests are
collected once and run once per submission, each submission with a worker of its own that is
killed, with everything it started, before the next one begins. Every message then carries the
submission's index, so the grader can split the stream into one report per submission.

Failing fast: a submission that does not load runs no test (one ImportFailed message), and a
category where tests in a row run past the per-call limit has its remaining tests reported
failed without running them (one CategoryStopped message); the other categories still run.
"""

from __future__ import annotations

import os
import random
import re
import time
import zlib
from pathlib import Path

import pytest

from harness import categories
from harness.complexity.verdict import ComplexityVerdict
from harness.isolation.limits import Limits
from harness.protocol import messages
from harness.protocol.settings import BatchEntry, GradingSettings, batch_entries, current
from harness.trusted import margins
from harness.trusted.remote import WorkerClient

MESSAGE_LIMIT = 3000
# Tests in a row of one category that failed on a call past the per-call time limit before the
# rest of that category is skipped (each skipped test counts as failed; later categories still
# run). An infinite loop otherwise waits out the limit in every test: 112 s for two_sum.
TIMEOUTS_BEFORE_STOPPING = 2


def settings() -> GradingSettings:
    """The grading settings (parsed once per process); SettingsError when the grader set none."""
    return current() or GradingSettings.from_env()


class _Channel:
    def __init__(self) -> None:
        self.fd: int | None = None  # set from the settings when pytest is configured

    def send(self, message: messages.Message) -> None:
        if self.fd is None:
            return
        data = messages.encode(message)
        while data:
            n = os.write(self.fd, data)
            data = data[n:]


_channel = _Channel()


class _Submission:
    """The submission under test now: its solution file and its own worker (started on first use).

    `index` is its position in a batch; None when the process grades one submission, whose
    messages then carry no index (the single-grading format)."""

    def __init__(self, solution: Path, index: int | None = None) -> None:
        self.solution = solution
        self.index = index
        self.client: WorkerClient | None = None
        self.timeouts_seen = 0  # the worker's count of timed-out calls after the last test
        self.in_a_row: dict[str, int] = {}  # category -> its latest tests that timed out, in a row
        self.stopped: set[str] = set()  # categories whose remaining tests are skipped
        self.passed_any = False  # whether any test of this submission has passed yet

    def worker(self) -> WorkerClient:
        if self.client is None:
            s = settings()
            self.client = WorkerClient(
                self.solution, call_timeout=s.call_timeout,
                limits=Limits(memory_mb=s.memory_mb, forbidden=s.forbidden),
                on_spawn=lambda pid: _channel.send(messages.WorkerStarted(pid, submission=self.index)))
        return self.client

    def loads(self) -> bool:
        """Whether the submission loads; when it does not, says why (ImportFailed) and no test runs."""
        failure = self.worker().load_failure(settings().entrypoints)
        if failure is None:
            return True
        _channel.send(messages.ImportFailed(failure.message[:MESSAGE_LIMIT], failure.detail[-MESSAGE_LIMIT:],
                                            submission=self.index))
        return False

    def count_timeouts(self, category: str, failed: bool) -> None:
        """After a test: a failed test during which a call ran past its time limit extends the
        category's run of timeouts (anything else ends it); a long enough run stops the category."""
        total = self.client.timeouts if self.client is not None else self.timeouts_seen
        timed_out, self.timeouts_seen = total > self.timeouts_seen, total
        self.passed_any = self.passed_any or not failed
        if not (failed and timed_out):
            self.in_a_row[category] = 0
            return
        self.in_a_row[category] = self.in_a_row.get(category, 0) + 1
        if self.in_a_row[category] >= TIMEOUTS_BEFORE_STOPPING and category not in self.stopped:
            self.stopped.add(category)
            _channel.send(messages.CategoryStopped(category, self.in_a_row[category], settings().call_timeout,
                                                   submission=self.index))

    def close(self) -> tuple[int, str | None]:
        """Stop the worker (and all it started); returns (restarts, isolation) for the report."""
        if self.client is None:
            return 0, None
        restarts, isolation = self.client.restarts, self.client.last_isolation
        self.client.close()
        self.client = None
        return restarts, isolation


_current: _Submission | None = None


def current_submission() -> tuple[str | None, int | None]:
    """The solution file under test now and its index in the batch (None, None between submissions)."""
    return (str(_current.solution), _current.index) if _current is not None else (None, None)


margins.current_submission = current_submission


def category_of(item: pytest.Item) -> str:
    return categories.category_of_markers(c.marker for c in categories.CATEGORIES
                                          if c.marker and item.get_closest_marker(c.marker))


def pytest_configure(config: pytest.Config) -> None:
    for category in categories.CATEGORIES:
        if category.marker:
            config.addinivalue_line("markers", f"{category.marker}: {category.description}")
    global _current
    s = settings()
    _channel.fd = s.result_fd
    if s.batch:
        _current = _Submission(Path(s.batch[0].solution), s.batch[0].index)
    elif s.solution:
        _current = _Submission(Path(s.solution))
    if _current is not None:
        _current.worker().prestart()


def pytest_collection_finish(session: pytest.Session) -> None:
    _categories_by_id.update((item.nodeid, category_of(item)) for item in session.items)
    _channel.send(messages.Collected(tuple(
        messages.CollectedTest(item.nodeid, item.name, category_of(item), _first_line(item))
        for item in session.items)))


def _first_line(item: pytest.Item) -> str:
    """The test's description: the first sentence of its docstring, however many lines it spans."""
    return first_sentence(getattr(getattr(item, "function", None), "__doc__", None) or "")


def first_sentence(doc: str) -> str:
    """The first sentence of the first paragraph, its lines joined ("e.g." and "1.5" do not end it)."""
    paragraph = " ".join(doc.strip().split("\n\n", 1)[0].split())
    match = re.search(r"(?<!\be\.g)(?<!\bi\.e)[.!?](?=\s+[A-Z(\"'`])", paragraph)
    return paragraph[:match.end()] if match else paragraph


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    report.drill_notes = list(getattr(item, "drill_notes", []))
    report.drill_verdicts = [v for v in getattr(item, "drill_verdicts", ()) if isinstance(v, ComplexityVerdict)]
    if call.excinfo is not None and report.failed:
        exc = call.excinfo.value
        if isinstance(exc, AssertionError):
            text = str(exc) or "assertion failed"
        else:
            text = f"{type(exc).__name__} in the test itself: {exc}"
        report.drill_message = text[:MESSAGE_LIMIT]
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    failed = report.failed
    if report.when == "call" or failed:
        client = _current.client if _current is not None else None
        output = client.take_output() if (client is not None and report.when == "call") else ""
        outcome = (messages.TestOutcome.FAILED if failed else
                   messages.TestOutcome.SKIPPED if report.skipped else messages.TestOutcome.PASSED)
        _channel.send(messages.Result(
            id=report.nodeid, when=report.when, outcome=outcome,
            message=getattr(report, "drill_message", "") or (
                str(report.longrepr)[-MESSAGE_LIMIT:] if failed else ""),
            duration=report.duration, output=output[-4000:],
            note="\n".join(getattr(report, "drill_notes", []))[:MESSAGE_LIMIT],
            complexity=tuple(getattr(report, "drill_verdicts", ())),
            submission=_current.index if _current is not None else None))
        if _current is not None and (report.when == "call" or (report.when == "setup" and failed)):
            _current.count_timeouts(_category_of_nodeid(report.nodeid), failed)


_categories_by_id: dict[str, str] = {}


def _category_of_nodeid(nodeid: str) -> str:
    return _categories_by_id.get(nodeid, categories.NAMES[0])


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool | None:
    """A test of a stopped category is not run: it is reported failed, saying why.

    Any call waits at most the per-call limit (a measurement's longer limit too) in a test that
    follows a timed-out test of its category (that category has failed already), and once a
    category was stopped while no test has passed: another long wait would most likely find
    the same loop. A submission that passes tests keeps the longer limits elsewhere."""
    if _current is None:
        return None
    category = category_of(item)
    if category not in _current.stopped:
        likely_loop = _current.in_a_row.get(category, 0) > 0 or (bool(_current.stopped) and not _current.passed_any)
        _current.worker().timeout_cap = settings().call_timeout if likely_loop else None
        return None
    _channel.send(messages.Result(
        id=item.nodeid, when="setup", outcome=messages.TestOutcome.FAILED,
        message=(f"not run: {TIMEOUTS_BEFORE_STOPPING} tests in a row of this category ran past the "
                 f"per-call time limit ({settings().call_timeout:g} s), so its remaining tests were "
                 "skipped; counts as failed"),
        submission=_current.index))
    # What the test before it left set up and the next test does not need is torn down, as
    # pytest's own protocol would have done.
    item.session._setupstate.teardown_exact(nextitem)
    return True


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> bool | None:
    """In batch mode, run every collected test once per submission; otherwise pytest's own loop."""
    s = settings()
    if s.batch is None:
        if session.testsfailed or session.config.option.collectonly or _current is None:
            return None  # pytest's own loop reports collection errors
        return None if _current.loads() else True
    if session.testsfailed:
        raise session.Interrupted(f"{session.testsfailed} error(s) during collection")
    limit = s.grade_timeout or 0.0
    for entry in batch_entries(s):
        _run_submission(session, entry, limit)
    return True


def _run_submission(session: pytest.Session, entry: BatchEntry, limit: float) -> None:
    """All tests against one submission of a batch, under its own time limit; a `finished`
    message is sent only when every test ran or the limit cut the run short."""
    global _current
    if _current is None or _current.index != entry.index:
        _current = _Submission(Path(entry.solution), entry.index)
        _current.worker().prestart()
    _channel.send(messages.Begin(entry.index))
    started = time.monotonic()
    timed_out = False
    try:
        items = [item for item in session.items if entry.selects(item.nodeid, _categories_by_id[item.nodeid])]
        if not _current.loads():
            items = []
        for i, item in enumerate(items):
            if limit and time.monotonic() - started > limit:
                timed_out = True
                # Tear down what the last test left set up (module fixtures included), so
                # the next submission starts from nothing.
                session._setupstate.teardown_exact(None)
                break
            # Nothing a previous submission's run attached to the item may leak into this one.
            item.__dict__.pop("drill_notes", None)
            item.__dict__.pop("drill_verdicts", None)
            if isinstance(getattr(item, "_report_sections", None), list):
                item._report_sections.clear()
            nextitem = items[i + 1] if i + 1 < len(items) else None
            item.config.hook.pytest_runtest_protocol(item=item, nextitem=nextitem)
            if session.shouldfail:
                raise session.Failed(session.shouldfail)
            if session.shouldstop:
                raise session.Interrupted(session.shouldstop)
    except BaseException:
        _current.close()
        _current = None
        raise
    restarts, isolation = _current.close()
    _channel.send(messages.Finished(restarts, isolation, timed_out, time.monotonic() - started, entry.index))
    _current = None


def pytest_sessionfinish(session: pytest.Session) -> None:
    global _current
    if settings().batch is not None:
        if _current is not None:  # interrupted mid-submission: no `finished` for it
            _current.close()
            _current = None
        return
    restarts, isolation = _current.close() if _current is not None else (0, None)
    _current = None
    _channel.send(messages.Finished(restarts, isolation))


# --- fixtures --------------------------------------------------------------------------------


def _get_client() -> WorkerClient:
    """The worker of the submission under test now (each submission of a batch has its own)."""
    if _current is None:
        raise RuntimeError("no submission to grade: the grader's settings name a solution or a batch")
    return _current.worker()


@pytest.fixture
def worker() -> WorkerClient:
    """The submission's worker: `worker.probe(fn, *args)` runs fn(module, *args) there."""
    return _get_client()


@pytest.fixture
def solution(worker: WorkerClient):
    """The submission as a module: `solution.two_sum([2, 7], 9)` runs in the worker."""
    return worker.module


@pytest.fixture
def complexity(request: pytest.FixtureRequest, worker: WorkerClient, seed: int):
    """Time and space checks: complexity.time("two_sum", worst_case, sizes=(...)); see harness.trusted.complexity_check."""
    from harness.complexity.growth import Growth
    from harness.trusted.complexity_check import ComplexityChecker

    def target(text: str | None):
        return Growth.parse(text) if text else None

    s = settings()
    checker = ComplexityChecker(worker, target(s.time_target), target(s.space_target), seed)
    request.node.drill_notes = checker.notes
    request.node.drill_verdicts = checker.verdicts
    return checker


@pytest.fixture
def tol() -> dict[str, float]:
    """The problem's tolerance as keywords: check_close(got, want, call=..., **tol)."""
    from harness.trusted.numeric import tolerance

    return tolerance()


@pytest.fixture
def seed() -> int:
    return settings().seed


@pytest.fixture
def rng(request: pytest.FixtureRequest, seed: int) -> random.Random:
    """A random.Random seeded from the grading seed and the test's name (replayable with --seed)."""
    return random.Random(seed * 1_000_003 + zlib.crc32(request.node.nodeid.encode()))


@pytest.fixture
def np_rng(request: pytest.FixtureRequest, seed: int):
    import numpy as np

    return np.random.default_rng([seed, zlib.crc32(request.node.nodeid.encode())])

