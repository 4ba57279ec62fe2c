"""Run one grading: a trusted pytest process over the problem's tests, results read from a pipe.

The submission never shares a process with the tests: pytest (trusted, fixed configuration,
no conftest, no plugin autoload, scrubbed environment, fresh temporary rootdir) reaches the
submission's worker through harness.plugin. The collected test ids come from that trusted
process; any collected test without a result counts as failed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from harness import __version__
from harness.catalogue import PACKAGE_DIR, Problem
from harness.errors import GradingError
from harness.results import Outcome, Report, TestResult
from harness import forbidden, sandbox

TEST_FILES = {"test": "test_examples.py", "grade": "test_hidden.py"}
SUPPORT_MODULE = "support.py"
GRADE_TIMEOUT_SLACK = 15.0  # for pytest's start-up and collection, on top of the grade timeout


@dataclass(frozen=True)
class GradeOptions:
    kind: str = "grade"
    seed: int | None = None
    attempt_elapsed: float | None = None
    grade_timeout: float | None = None


def new_seed() -> int:
    return random.SystemRandom().randrange(1, 2**31)


def syntax_error(source: bytes) -> str | None:
    """Compiling is safe (nothing runs); report a syntax error with its line before grading."""
    try:
        compile(source, "solution.py", "exec", dont_inherit=True)
    except SyntaxError as exc:
        line = (exc.text or "").rstrip("\n")
        pointer = ""
        if line and exc.offset:
            pointer = "\n      " + " " * (exc.offset - 1 - (len(line) - len(line.lstrip()))) + "^"
        return f"solution.py, line {exc.lineno}: SyntaxError: {exc.msg}\n    {line.strip()}{pointer}"
    except ValueError as exc:  # e.g. null bytes
        return f"solution.py cannot be compiled: {exc}"
    return None


def grade(problem: Problem, solution: Path, options: GradeOptions = GradeOptions()) -> Report:
    seed = options.seed if options.seed is not None else new_seed()
    started = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    t0 = time.perf_counter()
    base = dict(kind=options.kind, slug=problem.slug, title=problem.title, round=problem.round,
                seed=seed, started_at=started, harness_version=__version__,
                time_box_minutes=problem.minutes, attempt_elapsed=options.attempt_elapsed,
                submission=str(solution))
    try:
        source = solution.read_bytes()
    except OSError as exc:
        raise GradingError(f"{solution}: cannot read the solution ({exc.strerror})") from exc
    try:
        isolation = sandbox.plan()
    except sandbox.SandboxError as exc:
        raise GradingError(str(exc), hint=f"unset {sandbox.ISOLATION_ENV} to fall back to process "
                           "isolation, or install bubblewrap (apt-get install bubblewrap)") from None
    error = syntax_error(source)
    if error:
        return Report(**base, duration=time.perf_counter() - t0, isolation=isolation.isolation.value,
                      error=error)
    with tempfile.TemporaryDirectory(prefix="drill-grade-") as tmp:
        run = _TrustedRun(problem, source, Path(tmp), options, seed)
        try:
            messages, pytest_output = run.execute()
        except sandbox.SandboxError as exc:
            raise GradingError(str(exc), hint="try again when fewer gradings run at once") from None
    return _assemble(base, messages, pytest_output, time.perf_counter() - t0, run.timed_out,
                     options.grade_timeout or problem.grade_timeout, run.plan, _rules(problem, source))


def _rules(problem: Problem, source: bytes) -> list[TestResult]:
    """The AST half of forbidden-API enforcement (the worker guards the calls themselves)."""
    if not problem.forbidden_imports:
        return []
    findings = forbidden.scan(source, problem.forbidden_imports)
    return [TestResult(id="drill::allowed_apis", name="uses only the allowed APIs", category="rules",
                       outcome=Outcome.FAILED if findings else Outcome.PASSED,
                       description="the source does not use the APIs this problem asks you to write",
                       message=forbidden.explain(findings, problem.forbidden_imports) if findings else "")]


class _TrustedRun:
    def __init__(self, problem: Problem, source: bytes, tmp: Path, options: GradeOptions, seed: int) -> None:
        self.problem = problem
        self.tmp = tmp
        self.options = options
        self.seed = seed
        self.timed_out = False
        self.plan: sandbox.Plan | None = None
        (tmp / "submission").mkdir()
        self.solution = tmp / "submission" / "solution.py"
        self.solution.write_bytes(source)
        (tmp / "tests").mkdir()
        self.test_file = tmp / "tests" / TEST_FILES[options.kind]
        shutil.copyfile(problem.tests_dir / TEST_FILES[options.kind], self.test_file)
        # Checkers, oracles and probe helpers shared by both test files (importable as `support`).
        if (problem.tests_dir / SUPPORT_MODULE).is_file():
            shutil.copyfile(problem.tests_dir / SUPPORT_MODULE, tmp / "tests" / SUPPORT_MODULE)
        self.ini = tmp / "pytest.ini"
        shutil.copyfile(PACKAGE_DIR / "trusted.ini", self.ini)

    def env(self, result_fd: int, plan: sandbox.Plan) -> dict[str, str]:
        env = {k: os.environ[k] for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "TZ") if k in os.environ}
        env.update({
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(self.tmp),
            "PYTHONPATH": os.pathsep.join([str(self.tmp / "tests"), str(PACKAGE_DIR.parent)]),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
            "OMP_NUM_THREADS": "1",
            "DRILL_RESULT_FD": str(result_fd),
            "DRILL_SOLUTION": str(self.solution),
            "DRILL_SEED": str(self.seed),
            "DRILL_CALL_TIMEOUT": str(self.problem.call_timeout),
            "DRILL_MEMORY_MB": str(self.problem.memory_mb),
            "DRILL_FORBIDDEN": json.dumps(list(self.problem.forbidden_imports)),
            "DRILL_RTOL": "" if self.problem.rtol is None else repr(self.problem.rtol),
            "DRILL_ATOL": "" if self.problem.atol is None else repr(self.problem.atol),
            "DRILL_TIME_TARGET": self.problem.time_target or "",
            "DRILL_SPACE_TARGET": self.problem.space_target or "",
            sandbox.PLAN_ENV: plan.to_env(),
        })
        return env

    def execute(self) -> tuple[list[dict], str]:
        # Orphans of the test process (it is killed on a timeout) come back here to be swept.
        with _terminate_as_interrupt(), sandbox.grading_sandbox() as plan, sandbox.adopting():
            self.plan = plan
            before = _children()
            try:
                return self._run_pytest(plan, before)
            finally:
                with _interrupts_deferred():
                    sandbox.sweep_adopted(keep=before)

    def _run_pytest(self, plan: sandbox.Plan, before: set[int]) -> tuple[list[dict], str]:
        timeout = self.options.grade_timeout or self.problem.grade_timeout
        read_fd, write_fd = os.pipe()
        cmd = [*sandbox.pdeathsig_prefix(), sys.executable, "-m", "pytest", "-c", str(self.ini),
               "--rootdir", str(self.tmp), "-q", "--timeout", str(max(1, int(timeout))), str(self.test_file)]
        try:
            with sandbox.SPAWN_LOCK:
                proc = subprocess.Popen(cmd, cwd=self.tmp, env=self.env(write_fd, plan), pass_fds=(write_fd,),
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, start_new_session=True)
                sandbox.own(proc.pid)
        finally:
            os.close(write_fd)
        messages: list[dict] = []
        output = bytearray()
        reader = threading.Thread(target=_read_lines, args=(read_fd, messages), daemon=True)
        reader.start()
        drain = threading.Thread(target=_drain, args=(proc.stdout, output), daemon=True)
        drain.start()
        try:
            _wait_exit(proc, timeout + GRADE_TIMEOUT_SLACK)
        except subprocess.TimeoutExpired:
            self.timed_out = True
        finally:
            # Runs on success, timeout and Ctrl-C alike (a second Ctrl-C waits for it): nothing
            # the grading started survives it.
            with _interrupts_deferred():
                sandbox.killpg(proc.pid)
                proc.wait()
                sandbox.disown(proc.pid)
                for message in list(messages):
                    if message.get("type") == "worker":
                        sandbox.killpg(message["pid"])
                if plan.uid is not None:
                    sandbox.kill_uid(plan.uid)
                sandbox.sweep_adopted(keep=before)
                reader.join(timeout=5)
                drain.join(timeout=5)
                os.close(read_fd)
        return messages, output.decode("utf-8", errors="replace")


def _children() -> set[int]:
    """This process's children right now (to tell them from what a grading leaves behind)."""
    return set(sandbox.children_of(os.getpid()))


class _terminate_as_interrupt:
    """SIGTERM (a cancelled CI job) during grading cleans up like Ctrl-C instead of dying on the spot."""

    def __enter__(self):
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGTERM, _raise_interrupt)
        return self

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        return False


def _raise_interrupt(signum, frame):
    raise KeyboardInterrupt


class _interrupts_deferred:
    """Hold Ctrl-C (SIGINT, SIGTERM) until cleanup is done, then raise it: an interrupted cleanup
    would leave processes behind."""

    def __enter__(self):
        self.pending: list[int] = []
        self.previous: dict[int, object] = {}
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.previous[sig] = signal.signal(sig, lambda signum, frame: self.pending.append(signum))
        return self

    def __exit__(self, exc_type, exc, tb):
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        if self.pending and exc_type is None:
            if signal.SIGINT in self.pending:
                raise KeyboardInterrupt
            signal.raise_signal(self.pending[0])
        return False


def _wait_exit(proc: subprocess.Popen, timeout: float) -> None:
    """Popen.wait(timeout) polls with sleeps of up to 50 ms; a pidfd wakes up the moment the
    test process exits (about 40 ms saved on every grading)."""
    try:
        pidfd = os.pidfd_open(proc.pid)
    except (AttributeError, OSError):
        proc.wait(timeout=timeout)
        return
    try:
        ready, _, _ = select.select([pidfd], [], [], timeout)
    finally:
        os.close(pidfd)
    if not ready:
        raise subprocess.TimeoutExpired(proc.args, timeout)
    proc.wait()


def _read_lines(fd: int, sink: list[dict]) -> None:
    buffer = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return
        if not chunk:
            return
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            try:
                sink.append(json.loads(line))
            except ValueError:
                continue


def _drain(stream, sink: bytearray) -> None:
    for chunk in iter(lambda: stream.read(65536), b""):
        if len(sink) < 256 * 1024:
            sink += chunk


def _assemble(base: dict, messages: list[dict], pytest_output: str, duration: float,
              timed_out: bool, grade_timeout: float, plan: sandbox.Plan,
              extra: list[TestResult] = ()) -> Report:
    collected = next((m["tests"] for m in messages if m.get("type") == "collected"), None)
    finished = next((m for m in messages if m.get("type") == "finished"), None)
    isolation = plan.isolation.value
    if collected is None:
        tail = pytest_output.strip()[-3000:]
        raise GradingError(f"the tests for {base['slug']} could not be collected; this is a problem "
                           f"in the catalogue, not in your solution:\n{tail}")
    results: dict[str, dict] = {}
    for m in messages:
        if m.get("type") != "result":
            continue
        previous = results.get(m["id"])
        # A failure in any phase (setup, call, teardown) sticks.
        if previous is None or previous["outcome"] != "failed":
            results[m["id"]] = m
    tests = []
    for entry in collected:
        r = results.get(entry["id"])
        if r is None:
            why = (f"not finished: grading hit its overall time limit ({grade_timeout:g} s)" if timed_out
                   else "not finished: the test process stopped before this test reported a result")
            outcome, message, dur, out = Outcome.FAILED, why, 0.0, ""
        else:
            outcome = Outcome.PASSED if r["outcome"] == "passed" else Outcome.FAILED
            message = r.get("message", "") if outcome is Outcome.FAILED else ""
            if r["outcome"] == "skipped":
                message = "skipped: counts as failed"
            dur, out = r.get("duration", 0.0), r.get("output", "")
        note = (r or {}).get("note", "")
        tests.append(TestResult(id=entry["id"], name=entry["name"], category=entry["category"],
                                outcome=outcome, description=entry.get("description", ""),
                                message=message, duration=dur, output=out, note=note))
    tests[:0] = extra  # rule breaches first: they explain the failures that follow
    notes = []
    if timed_out:
        notes.append(f"grading stopped at its overall time limit of {grade_timeout:g} s")
    if finished is None and not timed_out:
        notes.append("the test process ended early; unfinished tests count as failed")
    if plan.note:
        notes.append(plan.note)
    return Report(**base, duration=duration, isolation=isolation, tests=tuple(tests),
                  worker_restarts=(finished or {}).get("restarts", 0), notes=tuple(notes))
