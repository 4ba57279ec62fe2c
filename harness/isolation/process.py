"""The process backend: a plain subprocess with the same protocol and limits, for machines without bubblewrap."""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
from pathlib import Path

from harness.isolation.limits import is_root, python_roots, worker_env
from harness.isolation.processes import disown, kill_group
from harness.isolation.uids import setpriv_argv
from harness.isolation.workers import ForkSetup, WorkerProcess, WorkerSpec, start_cold


class ProcessBackend:
    """The worker as a plain process in its own session, with its rlimits, dying with its parent;
    as root, as a private uid where that uid can reach the interpreter, else without capabilities.
    It can read what the grading user can read and use the network: the report says so."""

    name = "process"

    def probe(self) -> tuple[bool, str]:
        return True, ""

    def leaves_open(self, uid: int | None, reason: str) -> str:
        why = f" ({reason})" if reason else ""
        text = f"no sandbox{why}: graded code ran as a plain process with resource limits; it could "
        if uid is not None:
            return text + (f"read every world-readable file (reference solutions included) and use "
                           f"the network (it ran as uid {uid})")
        text += "read any file the grading user can read and use the network"
        if is_root():
            text += ("; it ran as root (the interpreter is not reachable by an unprivileged uid), "
                     "so the process-count limit did not apply")
        return text

    def wants_private_uid(self) -> bool:
        return is_root() and fallback_can_drop()

    def spawn(self, spec: WorkerSpec) -> WorkerProcess:
        prefix = setpriv_argv(spec.uid) if spec.uid is not None else _unprivileged_prefix()
        return start_cold(spec, prefix, str(spec.workdir / "solution.py"), env=worker_env(),
                          isolation=self.name, end_sandbox=self.cleanup)

    def can_prewarm(self, uid: int | None) -> bool:
        return True  # a worker left as root drops every capability, as setpriv makes a cold one do

    def prepare_fork(self, spec: WorkerSpec) -> ForkSetup:
        return ForkSetup(join=None, chdir=str(spec.workdir), solution=str(spec.workdir / "solution.py"))

    def cleanup(self, worker: WorkerProcess) -> None:
        kill_group(worker.proc)
        disown(worker.proc.pid)


def _unprivileged_prefix() -> list[str]:
    """Without a private uid: as root, at least drop every capability (no ptrace, no reading
    other users' files, no mounts); in all cases die with the parent and gain no privileges."""
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return []
    caps = ["--bounding-set=-all", "--inh-caps=-all"] if is_root() else []
    return [setpriv, *caps, "--no-new-privs", "--pdeathsig", "KILL", "--"]


@functools.cache
def fallback_can_drop() -> bool:
    """Without bubblewrap, root can still run the worker as a private uid, but only if that uid
    can reach the interpreter and the harness (a Python under /root, mode 0700, it cannot)."""
    if not is_root() or shutil.which("setpriv") is None:
        return False
    needed = [Path(os.path.realpath(sys.executable)), *python_roots(), Path(tempfile.gettempdir())]
    for path in needed:
        for folder in [*reversed(path.parents), path]:
            try:
                st = folder.stat()
            except OSError:
                return False
            if folder.is_dir() and not st.st_mode & 0o001:
                return False
        if path.is_file() and not path.stat().st_mode & 0o004:
            return False
    return True
