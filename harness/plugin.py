"""pytest plugin loaded into the trusted test process: fixtures that reach the worker, and a reporter.

The grader starts pytest with `-p harness.plugin` and a fixed configuration. Configuration comes
from environment variables the grader sets (DRILL_*). Results are written as JSON lines to a
pipe inherited on DRILL_RESULT_FD; the grader trusts nothing else pytest prints.
"""

from __future__ import annotations

import json
import os
import random
import zlib
from pathlib import Path

import pytest

from harness.remote import WorkerClient
from harness.sandbox import Limits

MESSAGE_LIMIT = 3000


class _Channel:
    def __init__(self) -> None:
        fd = os.environ.get("DRILL_RESULT_FD")
        self.fd = int(fd) if fd else None

    def send(self, **message) -> None:
        if self.fd is None:
            return
        data = (json.dumps(message) + "\n").encode()
        while data:
            n = os.write(self.fd, data)
            data = data[n:]


_channel = _Channel()
_client: WorkerClient | None = None


def _settings() -> dict:
    return {
        "solution": Path(os.environ["DRILL_SOLUTION"]),
        "seed": int(os.environ.get("DRILL_SEED", "0")),
        "call_timeout": float(os.environ.get("DRILL_CALL_TIMEOUT", "10")),
        "memory_mb": int(os.environ.get("DRILL_MEMORY_MB", "1024")),
        "forbidden": tuple(json.loads(os.environ.get("DRILL_FORBIDDEN") or "[]")),
    }


def category_of(item: pytest.Item) -> str:
    for name in ("complexity", "edge"):
        if item.get_closest_marker(name):
            return name
    return "correctness"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "edge: an edge case (empty input, duplicates, extremes)")
    config.addinivalue_line("markers", "complexity: a time or space complexity check")
    if os.environ.get("DRILL_SOLUTION"):
        _get_client().prestart()


def pytest_collection_finish(session: pytest.Session) -> None:
    _channel.send(type="collected", tests=[
        {"id": item.nodeid, "name": item.name, "category": category_of(item),
         "description": _first_line(item)} for item in session.items])


def _first_line(item: pytest.Item) -> str:
    doc = getattr(getattr(item, "function", None), "__doc__", None) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    report.drill_notes = list(getattr(item, "drill_notes", []))
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
        output = _client.take_output() if (_client is not None and report.when == "call") else ""
        _channel.send(type="result", id=report.nodeid, when=report.when,
                      outcome="failed" if failed else ("skipped" if report.skipped else "passed"),
                      message=getattr(report, "drill_message", "") or (
                          str(report.longrepr)[-MESSAGE_LIMIT:] if failed else ""),
                      duration=report.duration, output=output[-4000:],
                      note="\n".join(getattr(report, "drill_notes", []))[:MESSAGE_LIMIT])


def pytest_sessionfinish(session: pytest.Session) -> None:
    global _client
    restarts = 0
    isolation = None
    if _client is not None:
        restarts = _client.restarts
        isolation = _client.last_isolation
        _client.close()
        _client = None
    _channel.send(type="finished", restarts=restarts, isolation=isolation)


# --- fixtures --------------------------------------------------------------------------------


def _get_client() -> WorkerClient:
    global _client
    if _client is None:
        s = _settings()
        _client = WorkerClient(s["solution"], call_timeout=s["call_timeout"],
                               limits=Limits(memory_mb=s["memory_mb"], forbidden=s["forbidden"]),
                               on_spawn=lambda pid: _channel.send(type="worker", pid=pid))
    return _client


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
    """Time and space checks: complexity.time("two_sum", worst_case, sizes=(...)); see harness.measure."""
    from harness.complexity import Growth
    from harness.measure import ComplexityChecker

    def target(name: str):
        text = os.environ.get(name)
        return Growth.parse(text) if text else None

    checker = ComplexityChecker(worker, target("DRILL_TIME_TARGET"), target("DRILL_SPACE_TARGET"), seed)
    request.node.drill_notes = checker.notes
    return checker


@pytest.fixture
def tol() -> dict[str, float]:
    """The problem's tolerance as keywords: check_close(got, want, call=..., **tol)."""
    from harness.numeric import tolerance

    return tolerance()


@pytest.fixture
def seed() -> int:
    return _settings()["seed"]


@pytest.fixture
def rng(request: pytest.FixtureRequest, seed: int) -> random.Random:
    """A random.Random seeded from the grading seed and the test's name (replayable with --seed)."""
    return random.Random(seed * 1_000_003 + zlib.crc32(request.node.nodeid.encode()))


@pytest.fixture
def np_rng(request: pytest.FixtureRequest, seed: int):
    import numpy as np

    return np.random.default_rng([seed, zlib.crc32(request.node.nodeid.encode())])

