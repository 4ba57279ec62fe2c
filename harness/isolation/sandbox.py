"""Start the worker that runs a submission, behind the isolation backend the plan names.

The backends (harness.isolation.backend): bubblewrap, where the worker sees a read-only Python
installation, the harness package and its own solution.py and nothing else of the machine (no
problems/, no solutions/, no hidden tests, no home, no network); process, a plain subprocess in
its own session with the same protocol and limits, which can read every file the grading user
can read and open network connections (the report says so). DRILL_ISOLATION picks one (`auto`,
the default, takes bubblewrap where it works).

Whatever the backend, the worker applies hard rlimits to itself (address space, CPU, processes,
file size, open files) before importing the submission. Running as root, where RLIMIT_NPROC is
ignored, the worker is started as an unprivileged uid of its own (61000 + a slot held with a lock
file, so gradings running side by side never share one) through `setpriv`; NPROC then bounds a
fork bomb and every process of that uid is killed at cleanup, including double-forked daemons.
Without a private uid, cleanup kills the worker's process group and every process that was
reparented to the spawning process, which makes itself a child subreaper for that purpose.
The processes that hold the result pipe make themselves non-dumpable, so a worker of the same
uid cannot open it through /proc/PID/fd; a worker left running as root drops every capability.
A batch's workers are forked from a pre-warmed zygote where the backend allows it
(harness.isolation.zygote_client).

What each backend still leaves possible (tests/exploits/ proves the rest is not):
- bubblewrap: using CPU and memory up to the limits (memory is per process: up to 32 processes
  of the limit each, no cgroup); reading the harness package and the interpreter (public).
- process, private uid (root, interpreter reachable by every uid): reading world-readable files
  (the repository's reference solutions and hidden tests), the network, writing to /tmp.
- process as root without a private uid (interpreter under /root, mode 0700): all that, plus
  reading and deleting root's files and killing the grading's processes (results are then lost,
  never forged); no process-count limit; a daemon outlives a drill that is itself SIGKILLed.
- process as an ordinary user: the same within that user's files and processes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from harness.isolation.backend import Plan, plan
from harness.isolation.limits import Limits, ZygoteError
from harness.isolation.uids import UidSlot, nproc
from harness.isolation.workers import Worker, WorkerSpec
from harness.isolation.zygote_client import drop_zygote, spawn_forked, zygote_for


@contextlib.contextmanager
def grading_sandbox() -> Iterator[Plan]:
    """The plan for one grading, held while it runs: a private uid (as root) and a folder for the
    workers' folders. On exit everything that ran under that uid is dead and the folder is gone."""
    current = plan()
    slot = UidSlot.acquire() if current.backend().wants_private_uid() else None
    workdir = tempfile.mkdtemp(prefix="drill-workers-")
    os.chmod(workdir, 0o711)  # traversable by the private uid, not listable
    try:
        yield replace(current, uid=slot.uid if slot else None, exclusive_uid=slot is not None,
                      workdir=workdir)
    finally:
        if slot is not None:
            slot.release()
        shutil.rmtree(workdir, ignore_errors=True)


def spawn_worker(solution: Path, limits: Limits) -> Worker:
    """Start a worker for `solution` in its own session, with the protocol on two private pipes."""
    current = plan()
    backend = current.backend()
    slot = None
    uid = current.uid
    if not backend.wants_private_uid():
        uid = None
    elif uid is None or not current.exclusive_uid:
        slot = UidSlot.acquire()  # used outside a grading (tests): a uid for this worker alone
        uid = slot.uid
    base = current.workdir if current.workdir and os.path.isdir(current.workdir) else None
    workdir = Path(tempfile.mkdtemp(prefix="drill-worker-", dir=base))
    os.chmod(workdir, 0o755)
    shutil.copyfile(solution, workdir / "solution.py")
    os.chmod(workdir / "solution.py", 0o644)
    rlimits = dict(limits.as_rlimits(), processes=nproc(uid, limits))
    spec = WorkerSpec(workdir=workdir, rlimits=rlimits, uid=uid, slot=slot)
    zygote = zygote_for(backend, uid)
    if zygote is not None:
        try:
            return spawn_forked(zygote, backend, spec)
        except ZygoteError as exc:
            drop_zygote(exc)  # this and later workers start cold
    try:
        return backend.spawn(spec)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        if slot is not None:
            slot.release()
        raise
