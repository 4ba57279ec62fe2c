"""Start and stop the worker process that runs a submission, with limits and a process-group kill."""

from __future__ import annotations

import enum
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

WORKER_SCRIPT = Path(__file__).resolve().parent / "worker.py"

# Environment variables a worker may see; everything else is scrubbed. OPENBLAS_* are kept
# because some processors need them for correct BLAS results.
_PASSTHROUGH = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "LANG", "LC_ALL", "TZ")


class Isolation(enum.Enum):
    BUBBLEWRAP = "bubblewrap"
    PROCESS = "process"

    @property
    def description(self) -> str:
        if self is Isolation.BUBBLEWRAP:
            return "bubblewrap sandbox (no network, read-only system, only solution.py visible)"
        return "separate process with resource limits (bubblewrap not installed)"


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 1024
    cpu_seconds: int = 120
    file_size_mb: int = 16
    open_files: int = 256
    processes: int | None = None

    def as_rlimits(self) -> dict:
        mb = 1024 * 1024
        return {
            "address_space": self.memory_mb * mb,
            "cpu_seconds": self.cpu_seconds,
            "file_size": self.file_size_mb * mb,
            "open_files": self.open_files,
            "processes": self.processes,
            "core": 0,
        }


def detect_isolation() -> Isolation:
    return Isolation.PROCESS


def worker_env() -> dict[str, str]:
    env = {k: os.environ[k] for k in _PASSTHROUGH if k in os.environ}
    env.update({
        "PATH": "/usr/bin:/bin",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        # One thread each: graded code must not race the other core against itself.
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "HOME": "/nonexistent",
    })
    env.setdefault("LANG", "C.UTF-8")
    return env


@dataclass
class WorkerProcess:
    """A running worker: its process, the two protocol pipes, and its merged output pipe."""

    proc: subprocess.Popen
    to_worker: int
    from_worker: int
    output: int
    isolation: Isolation

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> None:
        """Kill the worker's whole process group (children and daemons it started included)."""
        for fd in (self.to_worker,):
            try:
                os.close(fd)
            except OSError:
                pass
        kill_group(self.proc)
        for fd in (self.from_worker, self.output):
            try:
                os.close(fd)
            except OSError:
                pass


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def spawn_worker(solution: Path, limits: Limits) -> WorkerProcess:
    """Start a worker for `solution` in its own session, with the protocol on two private pipes."""
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    out_r, out_w = os.pipe()
    argv = [sys.executable, "-I", "-u", "-B", str(WORKER_SCRIPT), str(req_r), str(rep_w),
            str(solution), json.dumps(limits.as_rlimits())]
    try:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=out_w,
            stderr=out_w,
            pass_fds=(req_r, rep_w),
            cwd=str(solution.parent),
            env=worker_env(),
            start_new_session=True,
            close_fds=True,
        )
    finally:
        for fd in (req_r, rep_w, out_w):
            os.close(fd)
    return WorkerProcess(proc=proc, to_worker=req_w, from_worker=rep_r, output=out_r,
                         isolation=Isolation.PROCESS)


def wait_gone(proc: subprocess.Popen, timeout: float = 2.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return True
        time.sleep(0.01)
    return False
