"""The trusted side of the worker protocol: proxies that make remote calls look like local ones.

Tests call `solution.two_sum(nums, target)`; the call is encoded, run in the worker, and the
answer decoded here. Objects the submission creates (an LRUCache, a ListNode) come back as
RemoteObject handles. A timeout or crash kills the worker's process group and raises a
SubmissionFailure in the test; the next call starts a fresh worker so later tests still run.
"""

from __future__ import annotations

import inspect
import math
import os
import select
import textwrap
import threading
import time
from pathlib import Path

from harness.isolation.limits import Limits
from harness.isolation.sandbox import spawn_worker
from harness.isolation.workers import Worker
from harness.protocol import rpc
from harness.trusted import margins

OUTPUT_KEEP = 64 * 1024
IMPORT_TIMEOUT_MIN = 30.0
# A worker forked from a batch's zygote has numpy and torch imported already: only the
# submission's own module code runs at import.
IMPORT_TIMEOUT_PREWARMED = 10.0


class SubmissionFailure(AssertionError):
    """The submission misbehaved: raised, timed out, crashed, or returned something unusable."""

    kind = "error"

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message + (f"\n{self.detail}" if self.detail else "")


class SubmissionRaised(SubmissionFailure):
    kind = "exception"

    def __init__(self, call: str, error: dict) -> None:
        self.error_type = error.get("type", "Exception")
        self.error_message = error.get("message", "")
        self.line = error.get("line")
        super().__init__(f"{call} raised {self.error_type}: {self.error_message}",
                         detail=error.get("traceback", ""))


class SubmissionImportError(SubmissionFailure):
    kind = "import"


class SubmissionTimeout(SubmissionFailure):
    kind = "timeout"

    def __init__(self, message: str, *, detail: str = "", limit: float | None = None) -> None:
        super().__init__(message, detail=detail)
        self.limit = limit  # the seconds the call was given (None: not known)


class SubmissionCrashed(SubmissionFailure):
    kind = "crash"


class BadReturnValue(SubmissionFailure):
    kind = "bad-value"


class _OutputDrain(threading.Thread):
    """Reads the worker's stdout/stderr so it never blocks; keeps at most OUTPUT_KEEP bytes."""

    def __init__(self, fd: int) -> None:
        super().__init__(daemon=True)
        self.fd = fd
        self.lock = threading.Lock()
        self.buffer = bytearray()
        self.dropped = 0

    def run(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self.lock:
                room = OUTPUT_KEEP - len(self.buffer)
                self.buffer += chunk[:max(room, 0)]
                self.dropped += max(len(chunk) - max(room, 0), 0)

    def take(self) -> str:
        with self.lock:
            text = self.buffer.decode("utf-8", errors="replace")
            if self.dropped:
                text += f"\n... ({self.dropped:,} more bytes of output dropped)"
            self.buffer.clear()
            self.dropped = 0
        return text


# A call past its wall-clock limit is given more time only when the worker computed, with less than this
# share of a core during a BUSY_SAMPLE-second look, and never past BUSY_LIMIT_FACTOR times the limit.
BUSY_SHARE = 0.8
BUSY_SAMPLE = 0.25
BUSY_LIMIT_FACTOR = 4.0
# A submission's calls after its first timed-out call wait at most this many seconds.
LIMIT_AFTER_TIMEOUT = 1.0
IDLE_SHARE = 0.02  # less than this is a worker that sleeps or blocks, not one that computes slowly


class WorkerClient:
    """One submission's worker, restarted on demand; all requests go through `request`."""

    def __init__(self, solution: Path, *, call_timeout: float, limits: Limits, on_spawn=None) -> None:
        self.solution = solution
        self.on_spawn = on_spawn
        self.call_timeout = call_timeout
        self.limits = limits
        self.worker: Worker | None = None
        self.drain: _OutputDrain | None = None
        self.generation = 0
        self.next_id = 1
        self.names: list[str] = []
        self.restarts = 0
        self.timeouts = 0  # calls that ran past their time limit (the import not counted)
        # The most any call may wait now, longer limits included (a measurement's 30 s): set
        # after a call timed out, when another wait that long most likely finds the same loop.
        self.timeout_cap: float | None = None
        self.hello_pending = False
        self.last_isolation: str | None = None
        self.output_log = ""
        self.import_failure: SubmissionImportError | None = None
        self.module = RemoteModule(self)

    # lifecycle --------------------------------------------------------------------------------

    def prestart(self) -> None:
        """Start the first worker now and read its hello later, so that the submission's import
        overlaps with pytest collecting the tests (about 0.1 s off every grading)."""
        if self.worker is None and self.generation == 0:
            self._spawn()
            self.hello_pending = True

    def ensure_started(self) -> Worker:
        """The running worker, started (and its hello read) where there is none yet."""
        if self.worker is not None:
            worker = self.worker
            if self.hello_pending:
                self.hello_pending = False
                self._await_hello(worker)
            return worker
        if self.import_failure is not None:
            # A failed import is not retried for every test: it fails the same way each time (a
            # hang would cost the import timeout again, a memory bomb its allocations), and the
            # tests after it would run grading into its overall limit.
            raise SubmissionImportError(self.import_failure.message, detail=self.import_failure.detail)
        worker = self._spawn()
        self._await_hello(worker)
        return worker

    def load_failure(self, entrypoints: tuple[str, ...] = ()) -> SubmissionImportError | None:
        """Why the submission cannot be graded at all: its import failed (raised, exited, hung) or
        it lacks one of the entrypoints the tests call; None when it loaded. Waits for the import."""
        try:
            self.ensure_started()
        except SubmissionImportError as exc:
            return exc
        missing = [name for name in entrypoints if name not in self.names]
        if missing:
            listed = ", ".join(f"'{name}'" for name in missing)
            return SubmissionImportError(
                f"solution.py has no {listed}; the stub defines {'it' if len(missing) == 1 else 'them'}. "
                "Did you rename or delete it?")
        return None

    def _spawn(self) -> Worker:
        if self.generation:
            self.restarts += 1
        self.generation += 1
        worker = self.worker = spawn_worker(self.solution, self.limits)
        self.last_isolation = worker.isolation
        if self.on_spawn is not None:
            self.on_spawn(worker.pid)
        self.drain = _OutputDrain(worker.output)
        self.drain.start()
        return worker

    def _await_hello(self, worker: Worker) -> None:
        try:
            floor = IMPORT_TIMEOUT_PREWARMED if getattr(worker, "prewarmed", False) else IMPORT_TIMEOUT_MIN
            hello = self._receive(worker, max(self.call_timeout, floor), "importing solution.py")
        except SubmissionFailure as exc:
            self.import_failure = SubmissionImportError(f"solution.py could not be loaded: {exc.message}",
                                                        detail=exc.detail)
            raise self.import_failure from None
        if not hello.get("ok"):
            error = hello.get("error", {})
            self._stop()
            self.import_failure = SubmissionImportError(
                f"solution.py failed to import: {error.get('type')}"
                + (f": {error.get('message')}" if error.get("message") else ""),
                detail=error.get("traceback", ""),
            )
            raise self.import_failure
        self.names = hello.get("names", [])

    def _stop(self) -> None:
        self.hello_pending = False
        if self.worker is not None:
            self.worker.kill()
            if self.drain is not None:
                self.drain.join(timeout=1)
                self.output_log = self.drain.take()
            self.worker = None

    def close(self) -> None:
        self._stop()

    def take_output(self) -> str:
        text = self.output_log
        self.output_log = ""
        if self.drain is not None:
            text += self.drain.take()
        return text

    # protocol ---------------------------------------------------------------------------------

    def effective_limit(self, timeout: float | None = None) -> float:
        """How long a call with this limit (default: the per-call limit) may wait now.

        After one of its calls ran past its limit, a submission has failed, and its later calls
        wait at most LIMIT_AFTER_TIMEOUT: a slow or looping solution grades in seconds, and no
        correct one ever meets the shorter limit (it never timed out in the first place)."""
        limit = timeout or self.call_timeout
        if self.timeout_cap is not None:
            limit = min(limit, self.timeout_cap)
        if self.timeouts:
            limit = min(limit, LIMIT_AFTER_TIMEOUT)
        return limit

    def request(self, message: dict, *, what: str, timeout: float | None = None):
        worker = self.ensure_started()
        message = dict(message, id=self.next_id)
        self.next_id += 1
        try:
            rpc.write_message(worker.to_worker, message)
        except (BrokenPipeError, OSError):
            pass  # the worker died; _receive reports how
        limit = self.effective_limit(timeout)
        shortened = limit < min(timeout or self.call_timeout, self.timeout_cap or math.inf)
        started = time.monotonic()
        try:
            reply = self._receive(worker, limit, what)
        except SubmissionTimeout as exc:
            self.timeouts += 1
            margins.record("call", what=what, seconds=time.monotonic() - started, limit=limit, timed_out=True)
            if shortened:
                raise SubmissionTimeout(
                    f"{exc.message} (this submission already ran past the time limit of "
                    f"{self.call_timeout:g} s once, so its later calls get {limit:g} s)", limit=limit) from None
            raise
        if margins.enabled() and time.monotonic() - started > margins.CALL_SHARE_WORTH_NOTING * limit:
            margins.record("call", what=what, seconds=time.monotonic() - started, limit=limit, timed_out=False)
        if reply.get("id") != message["id"]:
            self._stop()
            raise SubmissionCrashed(f"{what}: the worker answered out of turn (output forged on its pipe?)")
        if not reply.get("ok"):
            error = reply.get("error", {})
            if error.get("type") == "BadReturnValue":
                raise BadReturnValue(f"{what} {error.get('message')}")
            raise SubmissionRaised(what, error)
        return self._decode(reply.get("value"), what)

    def _receive(self, worker: Worker, timeout: float, what: str) -> dict:
        fd = worker.from_worker
        deadline = time.monotonic() + timeout
        try:
            header = self._read_header(fd, deadline, timeout)
            size = int.from_bytes(header, "big")
            if size > rpc.MAX_MESSAGE:
                raise rpc.CodecError(f"reply of {size:,} bytes exceeds the cap")
            import json

            # The reply has begun: its body follows at the speed of a pipe, under the same limit
            # (now extended, if the machine was busy) plus a little.
            message = json.loads(self._read_exact(fd, size, max(deadline, time.monotonic() + 1.0)))
            if type(message) is not dict:
                raise rpc.CodecError("malformed reply")
            return message
        except TimeoutError as exc:
            self._stop()
            busy = f" ({exc.args[0]})" if exc.args else ""
            raise SubmissionTimeout(
                f"{what} did not finish within {timeout:g} s (time limit per call){busy}; "
                "look for an infinite loop or a much slower algorithm than needed", limit=timeout) from None
        except EOFError:
            proc = worker.proc
            self._stop()
            code = proc.returncode
            output = self.output_log.strip()[-1500:]
            self.output_log = ""
            raise SubmissionCrashed(f"{what}: the submission's process ended ({_exit_reason(code)})",
                                    detail=f"its output ended with:\n{output}" if output else "") from None
        except (rpc.CodecError, ValueError) as exc:
            self._stop()
            raise SubmissionCrashed(f"{what}: unreadable reply from the worker ({exc})") from None

    def _read_header(self, fd: int, deadline: float, limit: float) -> bytes:
        """The reply's first bytes, waiting up to the per-call limit, or longer on a busy machine.

        The limit is wall-clock time, and a worker that shares the cores with other processes gets
        only part of them: a call that needs 1 s of CPU took over 3 s at a load of 10. So when the
        limit runs out, the worker's CPU clock (read from here) decides: a worker that had the
        CPU to itself has used its time and is stopped now (an infinite loop still fails at the
        limit); one that was starved waits on until its CPU time, estimated from its share, reaches
        the limit, and never past BUSY_LIMIT_FACTOR times the limit."""
        try:
            return self._read_exact(fd, 4, deadline)
        except TimeoutError:
            if self.timeouts:
                # A call of this submission already ran out its time: the next one past its
                # limit most likely meets the same loop, and the grading is failed already.
                raise
        started = time.monotonic()
        before = self.worker_cpu_seconds()
        try:
            return self._read_exact(fd, 4, started + BUSY_SAMPLE)
        except TimeoutError:
            pass
        after = self.worker_cpu_seconds()
        if before is None or after is None:
            raise TimeoutError
        share = (after - before) / max(time.monotonic() - started, 1e-6)
        if share >= BUSY_SHARE or share < IDLE_SHARE:
            raise TimeoutError  # it had the CPU and its time is up, or it waits on nothing (a hang)
        # Its CPU time so far, estimated: the share it gets now over the limit's wall time.
        used = share * limit + (after - before)
        backstop = deadline + (BUSY_LIMIT_FACTOR - 1) * limit
        while True:
            remaining = min(backstop - time.monotonic(), BUSY_SAMPLE)
            if used >= limit or remaining <= 0:
                raise TimeoutError(f"the machine was busy: it was given {time.monotonic() - deadline + limit:.1f} s "
                                   f"and had about {used:.1f} s of CPU time")
            mark = self.worker_cpu_seconds()
            try:
                return self._read_exact(fd, 4, time.monotonic() + remaining)
            except TimeoutError:
                pass
            now_cpu = self.worker_cpu_seconds()
            if mark is None or now_cpu is None:
                raise TimeoutError
            used += now_cpu - mark

    @staticmethod
    def _read_exact(fd: int, n: int, deadline: float) -> bytes:
        chunks = []
        while n:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise TimeoutError
            chunk = os.read(fd, min(n, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _decode(self, tree, what: str):
        generation = self.generation

        def resolve_handle(key, type_name):
            return RemoteObject(self, key, type_name, generation)

        try:
            return rpc.Decoder(resolve_handle=resolve_handle).decode(tree)
        except (rpc.CodecError, KeyError, TypeError, ValueError) as exc:
            raise BadReturnValue(f"{what} returned a value that cannot be graded ({exc})") from None

    def encode_args(self, values, what: str):
        def ref_of(obj):
            if isinstance(obj, RemoteObject):
                if obj._client is not self or not self.holds(obj._generation):
                    raise rpc.CodecError("this object was lost when the submission's process restarted")
                return obj._key
            return None

        try:
            return rpc.Encoder(ref_of=ref_of).encode(values)
        except rpc.CodecError as exc:
            raise SubmissionFailure(f"{what}: {exc}") from None

    # conveniences used by tests -------------------------------------------------------------

    def probe(self, fn, *args, timeout: float | None = None, label: str | None = None):
        """Run `fn(solution_module, *args)` inside the worker and return its plain-data result.

        `fn` must be a self-contained top-level function (imports inside it); its source is
        shipped, so the trusted process never runs submission code and assertions stay here.
        `label` is how failures name the call, e.g. "reverse_list(<list of 100,000 nodes>)".
        """
        source = textwrap.dedent(inspect.getsource(fn))
        what = label or f"{fn.__name__}(...)"
        message = {"op": "probe", "source": source, "name": fn.__name__,
                   "args": self.encode_args(list(args), what)}
        return self.request(message, what=what, timeout=timeout)

    def worker_cpu_seconds(self) -> float | None:
        """CPU time used so far by the worker's whole process tree, read from outside it."""
        return worker_tree_cpu_seconds(self.worker.proc.pid) if self.worker is not None else None

    def holds(self, generation: int) -> bool:
        """Whether objects created in `generation` still live (that worker is still running)."""
        return self.worker is not None and generation == self.generation


def _exit_reason(code: int | None) -> str:
    import signal

    if code is None:
        return "killed"
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        hints = {"SIGKILL": "killed: out of memory or CPU time?", "SIGXCPU": "CPU time limit exceeded",
                 "SIGSEGV": "segmentation fault", "SIGXFSZ": "file size limit exceeded"}
        return f"signal {name}" + (f", {hints[name]}" if name in hints else "")
    if code == 0:
        return "exit code 0: the submission exited instead of returning"
    return f"exit code {code}"


def short_repr(value, limit: int = 120) -> str:
    if type(value) in (list, tuple) and len(value) > limit:
        # Only the ends of a long sequence are shown: never build the repr of 100,000 items.
        head = repr(type(value)(value[:limit // 4]))[:-1][:limit]
        tail = repr(value[-1])[:40]
        return f"{head}, ... {tail}{']' if type(value) is list else ')'} (len {len(value):,})"
    text = repr(value)
    if len(text) <= limit:
        return text
    size = f" (len {len(value)})" if hasattr(value, "__len__") else ""
    return text[: limit - 10] + " ..." + text[-6:] + size


class RemoteCallable:
    def __init__(self, client: WorkerClient, target: int, attr: str, label: str, generation: int) -> None:
        self._client = client
        self._target = target
        self._attr = attr
        self._label = label
        self._generation = generation

    def _check_alive(self) -> None:
        if self._target != 0 and not self._client.holds(self._generation):
            raise SubmissionCrashed(f"{self._label}: this object was lost when the submission's process restarted")

    def __call__(self, *args, **kwargs):
        client = self._client
        self._check_alive()
        shown = ", ".join([short_repr(a, 60) for a in args] + [f"{k}={short_repr(v, 40)}" for k, v in kwargs.items()])
        what = f"{self._label}({shown})"
        if self._target == 0:
            client.ensure_started()
            if self._attr not in client.names:
                raise SubmissionFailure(
                    f"solution.py has no '{self._attr}'; the stub defines it. Did you rename or delete it?")
        message = {"op": "call", "target": self._target, "attr": self._attr,
                   "args": client.encode_args(list(args), what),
                   "kwargs": client.encode_args([[k, v] for k, v in kwargs.items()], what)}
        return client.request(message, what=what)


class RemoteModule:
    """`solution` in tests: attribute access gives callables that run in the worker."""

    def __init__(self, client: WorkerClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> RemoteCallable:
        if name.startswith("__"):
            raise AttributeError(name)
        return RemoteCallable(self._client, 0, name, name, self._client.generation)


class RemoteObject:
    """An object living in the worker; methods and attributes are fetched on use."""

    def __init__(self, client: WorkerClient, key: int, type_name: str, generation: int) -> None:
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_type_name", type_name)
        object.__setattr__(self, "_generation", generation)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return RemoteAttribute(self, name)

    def __repr__(self) -> str:
        return f"<{self._type_name} object>"


class RemoteAttribute(RemoteCallable):
    """`obj.name`: call it for a method, or `.value()` to read a data attribute."""

    def __init__(self, owner: RemoteObject, name: str) -> None:
        super().__init__(owner._client, owner._key, name, f"{owner._type_name}.{name}", owner._generation)

    def value(self):
        self._check_alive()
        return self._client.request({"op": "getattr", "target": self._target, "attr": self._attr},
                                    what=f"reading {self._label}")


def worker_tree_cpu_seconds(root_pid: int) -> float | None:
    """CPU seconds of a process and all its descendants (the sandbox wrapper, the worker, children)."""
    from harness.complexity.guard import process_cpu_seconds
    from harness.isolation.processes import descendants

    total, found = 0.0, False
    for pid in (root_pid, *descendants(root_pid)):
        try:
            total += process_cpu_seconds(pid)
            found = True
        except (ProcessLookupError, OSError):
            continue
    return total if found else None
