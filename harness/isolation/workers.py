"""A running worker as the trusted test process holds it (cold-started or forked), and how it is killed."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from harness.isolation.limits import EXIT_GRACE, worker_command
from harness.isolation.processes import (
    SPAWN_LOCK,
    adopt_for_good,
    close_fd,
    disown,
    kill_group,
    killpg,
    own,
    sweep_adopted,
)
from harness.isolation.uids import UidSlot, kill_uid


@dataclass(frozen=True)
class WorkerSpec:
    """One worker to start: its folder (solution.py inside), its private uid and its rlimits."""

    workdir: Path
    rlimits: dict = field(hash=False)
    uid: int | None = None  # killing the worker kills all this uid runs
    slot: UidSlot | None = None  # the uid's slot when it is held for this worker alone


@dataclass(frozen=True)
class ForkSetup:
    """What a backend prepared for a worker forked by the zygote: the namespaces to join (the host
    pid of a process inside the submission's sandbox), where the worker starts, the solution's
    path as it sees it, and the sandbox process to kill with the worker."""

    join: int | None
    chdir: str
    solution: str
    holder: subprocess.Popen | None = None


def start_cold(spec: WorkerSpec, prefix: list[str], solution: str, *, env: dict[str, str],
               isolation: str, end_sandbox: Callable[[WorkerProcess], None],
               extra_fds: tuple[int, ...] = ()) -> WorkerProcess:
    """Start a fresh interpreter running the worker behind `prefix` (bwrap, setpriv or nothing),
    in its own session, with the protocol on two private pipes and its output on a third."""
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    out_r, out_w = os.pipe()
    argv = prefix + worker_command(req_r, rep_w, solution, spec.rlimits)
    try:
        with SPAWN_LOCK:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out_w, stderr=out_w,
                                    pass_fds=(req_r, rep_w, *extra_fds), cwd=str(spec.workdir), env=env,
                                    start_new_session=True, close_fds=True)
            own(proc.pid)
    except BaseException:
        for fd in (req_w, rep_r, out_r):
            close_fd(fd)
        raise
    finally:
        for fd in (req_r, rep_w, out_w):
            close_fd(fd)
    adopt_for_good()
    return WorkerProcess(proc=proc, to_worker=req_w, from_worker=rep_r, output=out_r, isolation=isolation,
                         workdir=spec.workdir, end_sandbox=end_sandbox, uid=spec.uid, slot=spec.slot)


def _end_uid(slot: UidSlot | None, uid: int | None) -> None:
    if slot is not None:
        slot.release()  # kills everything the uid still runs, then frees it
    elif uid is not None:
        kill_uid(uid)  # the grading's uid: this worker is the only one using it now


@dataclass
class WorkerProcess:
    """A running worker: its process, the two protocol pipes, and its merged output pipe.

    `proc` is what was started (bwrap, setpriv or the interpreter); `pid` is the host pid of the
    Python process that runs the submission (inside bubblewrap, a grandchild of `proc`).
    `end_sandbox` is the backend's cleanup of what it started around the worker.
    """

    proc: subprocess.Popen
    to_worker: int
    from_worker: int
    output: int
    isolation: str
    workdir: Path
    end_sandbox: Callable[[WorkerProcess], None]
    uid: int | None = None
    slot: UidSlot | None = None
    sandbox_init: int | None = None
    _pid: int | None = None

    @property
    def pid(self) -> int:
        if self._pid is None:
            self._pid = self._find_inner_pid() if self.sandbox_init else self.proc.pid
        return self._pid

    def _find_inner_pid(self) -> int:
        deadline = time.monotonic() + 5
        path = f"/proc/{self.sandbox_init}/task/{self.sandbox_init}/children"
        while time.monotonic() < deadline:
            try:
                with open(path) as fh:
                    kids = fh.read().split()
            except OSError:
                break
            if kids:
                return int(kids[0])
            time.sleep(0.001)
        return self.proc.pid

    def _inner_exited(self) -> bool:
        try:
            with open(f"/proc/{self.pid}/stat", "rb") as fh:
                return fh.read().rsplit(b")", 1)[1].split()[0] in (b"Z", b"X")
        except (OSError, IndexError):
            return True

    def kill(self) -> None:
        """Kill the worker and everything it started: children, daemons, the whole sandbox."""
        close_fd(self.to_worker)  # a healthy worker exits when its input ends
        deadline = time.monotonic() + EXIT_GRACE
        while not self._inner_exited() and time.monotonic() < deadline:
            time.sleep(0.002)
        if self._inner_exited():
            # It ended on its own (or crashed): let bwrap pass its exit status on before the kill.
            try:
                self.proc.wait(timeout=1)
            except subprocess.TimeoutExpired:
                pass
        if self._pid is not None and self._pid != self.proc.pid:
            killpg(self._pid)  # the inner session (bwrap --new-session)
        self.end_sandbox(self)
        _end_uid(self.slot, self.uid)
        self.slot = None
        sweep_adopted()
        for fd in (self.from_worker, self.output):
            close_fd(fd)
        shutil.rmtree(self.workdir, ignore_errors=True)


class ForkedProcess:
    """What WorkerClient reads of a forked worker's process: its host pid and, once it ended, its
    exit code (negative: killed by that signal), which the zygote's keeper writes on a pipe."""

    def __init__(self, pid: int, status_fd: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self._status_fd: int | None = status_fd

    def poll(self) -> int | None:
        return self.wait(0.0, quiet=True)

    def wait(self, timeout: float | None = None, *, quiet: bool = False) -> int | None:
        if self.returncode is None and self._status_fd is not None:
            ready, _, _ = select.select([self._status_fd], [], [], timeout)
            if ready:
                data = b""
                try:
                    data = os.read(self._status_fd, 4)
                except OSError:
                    pass
                self.returncode = int.from_bytes(data, "big", signed=True) if len(data) == 4 else -signal.SIGKILL
                close_fd(self._status_fd)
                self._status_fd = None
            elif not quiet:
                raise subprocess.TimeoutExpired("worker", timeout or 0)
        return self.returncode

    def close(self) -> None:
        if self._status_fd is not None:
            close_fd(self._status_fd)
            self._status_fd = None


@dataclass
class ForkedWorker:
    """A worker forked by the zygote: the same interface as WorkerProcess. `holder` is the
    submission's sandbox (a bwrap running `sleep`) whose namespaces it joined, if any."""

    proc: ForkedProcess
    to_worker: int
    from_worker: int
    output: int
    isolation: str
    workdir: Path
    holder: subprocess.Popen | None = None
    uid: int | None = None
    slot: UidSlot | None = None
    prewarmed: bool = True  # its heavy imports were done before the fork

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> None:
        """Kill the worker and everything it started, as WorkerProcess.kill does."""
        close_fd(self.to_worker)
        try:
            self.proc.wait(EXIT_GRACE)
        except subprocess.TimeoutExpired:
            pass
        killpg(self.proc.pid)  # its own session (a worker that ended has no group left)
        if self.holder is not None:
            kill_group(self.holder)  # bwrap's end takes the pid namespace and all in it along
            disown(self.holder.pid)
        _end_uid(self.slot, self.uid)
        self.slot = None
        sweep_adopted()
        try:
            self.proc.wait(2.0)
        except subprocess.TimeoutExpired:
            self.proc.returncode = -signal.SIGKILL
        self.proc.close()
        for fd in (self.from_worker, self.output):
            close_fd(fd)
        shutil.rmtree(self.workdir, ignore_errors=True)


Worker = WorkerProcess | ForkedWorker  # what spawn_worker returns: the same interface either way
