"""A batch kept open for a watch: one trusted test process, tests collected and the zygote warm,
that grades each new save of solution.py as the next submission of its batch."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from harness import __version__
from harness.catalogue.loader import Problem
from harness.grading.grader import (
    GRADE_TIMEOUT_SLACK,
    BatchRun,
    GradeOptions,
    ReportBase,
    assemble_report,
    new_seed,
    rules,
    syntax_error,
)
from harness.grading.results import Report
from harness.protocol.messages import Begin, Finished, Message

POLL = 0.02  # seconds between looks at the test process while a submission runs


class _WatchRun(BatchRun):
    """A batch whose submissions arrive one at a time on a named pipe, for as long as the watch lasts."""

    def __init__(self, problem: Problem, tmp: Path, options: GradeOptions, seed: int) -> None:
        super().__init__(problem, [], tmp, options, seed, None)
        self.pipe_path = tmp / "watch.fifo"
        os.mkfifo(self.pipe_path, 0o600)
        # Read-write, so that opening never blocks and the reader sees no end until close().
        self.pipe = os.open(self.pipe_path, os.O_RDWR)
        self.received: list[Message] = []
        self.plan = None
        self.closing = threading.Event()
        self.progress: Callable[[Sequence[Message]], None] | None = None

    def submission_settings(self) -> dict:
        return {**super().submission_settings(), "batch": (), "watch": str(self.pipe_path)}

    def _run_pytest(self, plan, before):
        self.plan = plan
        return super()._run_pytest(plan, before)

    def _wait(self, proc: subprocess.Popen, received: list[Message]) -> None:
        self.received = received
        limit = self.timeout + GRADE_TIMEOUT_SLACK
        current, since, seen = None, 0.0, 0
        while not self.closing.is_set():
            try:
                proc.wait(timeout=POLL)
                return
            except subprocess.TimeoutExpired:
                pass
            now, count = time.monotonic(), len(received)  # the reader thread only appends
            for m in received[seen:count]:
                if isinstance(m, Begin):
                    current, since = m.submission, now
                elif isinstance(m, Finished):
                    current = None
            if self.progress is not None and count > seen:
                self.progress(received[seen:count])
            seen = count
            if current is not None and now - since > limit:  # idle between saves is no overrun
                self.timed_out = True
                self.killed_during = current
                return

    def send(self, index: int, solution: Path) -> None:
        os.write(self.pipe, f"{index} {solution}\n".encode())

    def close(self) -> None:
        self.closing.set()
        try:
            os.close(self.pipe)
        except OSError:
            pass


class WarmSession:
    """One problem's tests, kept running for a watch; `grade` returns None once the process has
    ended (the caller then grades cold and may open a new session)."""

    def __init__(self, problem: Problem, options: GradeOptions) -> None:
        self.problem = problem
        self.options = options
        self.seed = options.seed if options.seed is not None else new_seed()
        self.tmp = tempfile.TemporaryDirectory(prefix="drill-watch-")
        self.run = _WatchRun(problem, Path(self.tmp.name), options, self.seed)
        self.next_index = 0
        self.ended = threading.Event()
        self.thread = threading.Thread(target=self._execute, name="drill-watch", daemon=True)
        self.thread.start()

    def _execute(self) -> None:
        try:
            self.run.execute()
        except BaseException:  # the process is gone either way; grade() then says so by returning None
            pass
        finally:
            self.ended.set()

    def grade(self, solution: Path, options: GradeOptions) -> Report | None:
        source = solution.read_bytes()
        base = ReportBase(kind=options.kind, slug=self.problem.slug, title=self.problem.title,
                          round=self.problem.round, seed=self.seed,
                          started_at=time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
                          harness_version=__version__, time_box_minutes=self.problem.minutes,
                          attempt_elapsed=options.attempt_elapsed, submission=str(solution))
        error = syntax_error(source)
        if error:
            plan = self.run.plan
            return Report(**base, duration=0.0, isolation=plan.isolation if plan else "", error=error)
        if self.ended.is_set():
            return None
        index, self.next_index = self.next_index, self.next_index + 1
        folder = Path(self.tmp.name) / "submissions" / str(index)
        folder.mkdir(parents=True)
        (folder / "solution.py").write_bytes(source)
        shared = [m for m in self.run.received if m.submission is None]
        if options.progress is not None:
            options.progress(shared)  # what was collected once, for this run's progress too
        self.run.progress = options.progress
        self.run.send(index, folder / "solution.py")
        limit = self.run.timeout + GRADE_TIMEOUT_SLACK + 5
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline and not self.ended.is_set():
            if any(isinstance(m, Finished) and m.submission == index for m in list(self.run.received)):
                break
            time.sleep(POLL)
        received = list(self.run.received)
        own = [m for m in received if m.submission == index]
        finished = next((m for m in own if isinstance(m, Finished)), None)
        if finished is None or self.run.plan is None:
            self.close()
            return None  # the process died or overran: the caller grades this one cold
        shared = [m for m in received if m.submission is None]
        return assemble_report(base, shared + own, "", finished.duration or 0.0, finished.timed_out,
                               self.run.timeout, self.run.plan, rules(self.problem, source))

    def close(self) -> None:
        self.run.close()
        self.thread.join(timeout=10)
        self.tmp.cleanup()
