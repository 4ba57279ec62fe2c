"""What a worker may use and how it is started: Limits, the settings' environment variables, its errors."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parent.parent
WORKER_SCRIPT = HARNESS_DIR / "worker" / "main.py"
ZYGOTE_SCRIPT = WORKER_SCRIPT.parent / "zygote.py"

ISOLATION_ENV = "DRILL_ISOLATION"  # auto (the default) or the name of a registered backend
PLAN_ENV = "DRILL_SANDBOX"  # set by the grader for its trusted test process: the plan to follow
# Set by the grader for a batch's test process: the modules a pre-warmed zygote imports once
# (JSON list); the batch's workers are then forked from it instead of starting cold.
PRELOAD_ENV = "DRILL_PRELOAD"

DEFAULT_PROCESSES = 32  # tasks (threads included) of the worker's private uid
EXIT_GRACE = 0.1  # seconds a worker gets to exit by itself once its input is closed

# Environment variables a worker may see; everything else is scrubbed. OPENBLAS_* are kept
# because some processors need them for correct BLAS results.
_PASSTHROUGH = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "LANG", "LC_ALL", "TZ")


class SandboxError(RuntimeError):
    """The requested isolation cannot be set up (the grader turns this into a GradingError)."""


class ZygoteError(RuntimeError):
    """The zygote could not start or fork a worker; the caller starts that worker cold."""


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 1024
    cpu_seconds: int = 120
    file_size_mb: int = 16
    open_files: int = 256
    processes: int | None = None  # None: DEFAULT_PROCESSES under a private uid, else see uids.nproc
    forbidden: tuple[str, ...] = ()  # APIs the worker guards (harness.worker.forbidden), not an rlimit

    def as_rlimits(self) -> dict:
        mb = 1024 * 1024
        return {
            "address_space": self.memory_mb * mb,
            "cpu_seconds": self.cpu_seconds,
            "file_size": self.file_size_mb * mb,
            "open_files": self.open_files,
            "processes": self.processes,
            "core": 0,
            "forbidden": list(self.forbidden),
        }


def is_root() -> bool:
    return os.geteuid() == 0


def worker_env() -> dict[str, str]:
    """The whole environment of a worker (and of the zygote)."""
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
        "TMPDIR": "/tmp",
    })
    env.setdefault("LANG", "C.UTF-8")
    return env


def python_roots() -> list[Path]:
    """Folders the interpreter needs: the venv, the base installation, the real executable's."""
    roots = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix), Path(sys.base_exec_prefix),
             Path(os.path.realpath(sys.executable)).parent.parent, HARNESS_DIR}
    return sorted({Path(os.path.realpath(p)) for p in roots} | {Path(os.path.abspath(p)) for p in roots})


def worker_command(to_worker_fd: int, from_worker_fd: int, solution: str, rlimits: dict) -> list[str]:
    """The interpreter running harness.worker.main for `solution` (a path as the worker sees it)."""
    return [sys.executable, "-I", "-u", "-B", str(WORKER_SCRIPT), str(to_worker_fd), str(from_worker_fd),
            solution, json.dumps(rlimits)]
