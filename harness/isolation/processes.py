"""Finding, adopting and killing the processes workers leave behind (the trusted side's process table)."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
_PR_SET_CHILD_SUBREAPER = 36
_PR_GET_CHILD_SUBREAPER = 37

# Held while a child is started and registered, and while strays are swept: without it, one
# thread's sweep (validate and CI grade in parallel threads) could kill another thread's test
# process in the instant between its start and its registration.
SPAWN_LOCK = threading.RLock()

_OWNED: set[int] = set()  # children started here (workers, test processes) not yet waited for


def own(pid: int) -> None:
    """Register a child that some code here will wait for: sweeps never kill or reap it."""
    _OWNED.add(pid)


def disown(pid: int) -> None:
    _OWNED.discard(pid)


def close_fd(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def pdeathsig_prefix() -> list[str]:
    """The command dies with the process that started it (setpriv sets that up before exec)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


# --- the process table ---------------------------------------------------------------------------


def proc_table() -> dict[int, tuple[int, str, tuple[int, ...]]]:
    """pid -> (ppid, state, (real, effective, saved uid)) for every visible process."""
    table = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/status", "rb") as fh:
                head = fh.read(1024)
        except OSError:
            continue
        state = ppid = uids = None
        for line in head.split(b"\n"):
            if line.startswith(b"State:"):
                state = line.split()[1].decode()
            elif line.startswith(b"PPid:"):
                ppid = int(line.split()[1])
            elif line.startswith(b"Uid:"):
                uids = tuple(int(x) for x in line.split()[1:4])
                break
        if state is not None and ppid is not None and uids is not None:
            table[int(name)] = (ppid, state, uids)
    return table


def _children(pid: int) -> list[int] | None:
    """Children of `pid` from /proc/PID/task/*/children (cheap); None where the kernel lacks it."""
    kids: list[int] = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                kids += [int(k) for k in fh.read().split()]
        except FileNotFoundError:
            if not os.path.exists(f"/proc/{pid}/task/{tid}"):
                continue  # the thread ended meanwhile
            return None
        except OSError:
            continue
    return kids


def process_state(pid: int) -> str | None:
    """The state letter of `pid` (Z: a zombie); None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0].decode()
    except (OSError, IndexError):
        return None


def children_of(pid: int, table=None) -> list[int]:
    """The children of `pid` right now."""
    found = _children(pid)
    if found is None:
        table = table if table is not None else proc_table()
        found = [p for p, (ppid, _, _) in table.items() if ppid == pid]
    return found


def descendants(pid: int) -> list[int]:
    """Every process below `pid` right now (children, grandchildren, ...)."""
    out, todo = [], [pid]
    while todo:
        kids = children_of(todo.pop())
        out += kids
        todo += kids
    return out


def processes_of_uid(uid: int, *, include_zombies: bool = False) -> list[int]:
    return [pid for pid, (_, state, uids) in proc_table().items()
            if uid in uids and (include_zombies or state not in ("Z", "X"))]


# --- killing ---------------------------------------------------------------------------------------


def send_signal(pid: int, sig: int) -> None:
    """Signal one process; one already gone (or not ours to signal) is fine."""
    try:
        os.kill(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def killpg(pgid: int) -> None:
    """SIGKILL a whole process group; one already gone is fine."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def kill_group(proc: subprocess.Popen) -> None:
    killpg(proc.pid)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def kill_process(proc: subprocess.Popen) -> None:
    """SIGKILL one process (not its group) and collect it."""
    send_signal(proc.pid, signal.SIGKILL)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    disown(proc.pid)


# --- adopting orphans -----------------------------------------------------------------------------


@functools.cache
def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def set_subreaper(on: bool = True) -> bool:
    """Make this process adopt its orphaned descendants; returns the previous setting."""
    libc = _libc()
    if libc is None:
        return False
    previous = ctypes.c_int(0)
    libc.prctl(_PR_GET_CHILD_SUBREAPER, ctypes.byref(previous), 0, 0, 0)
    libc.prctl(_PR_SET_CHILD_SUBREAPER, 1 if on else 0, 0, 0, 0)
    return bool(previous.value)


def set_dumpable(on: bool) -> bool:
    """PR_SET_DUMPABLE; returns the previous setting. A non-dumpable process cannot be ptraced,
    and its /proc/PID/fd, environ and mem cannot be opened, by another process of the same uid
    that lacks CAP_SYS_PTRACE: the worker cannot reach the result pipe through /proc."""
    libc = _libc()
    if libc is None:
        return True
    previous = libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0)
    libc.prctl(_PR_SET_DUMPABLE, 1 if on else 0, 0, 0, 0)
    return previous != 0


_adopting_lock = threading.Lock()
_adopting = {"depth": 0, "subreaper": False, "dumpable": True}


@contextlib.contextmanager
def adopting() -> Iterator[None]:
    """While inside (nestable, and safe for gradings that run side by side in threads) this
    process is a child subreaper, so orphans of what it starts come back to it to be swept, and
    it is not dumpable, so the submission cannot reach it through /proc."""
    with _adopting_lock:
        if _adopting["depth"] == 0:
            _adopting["subreaper"] = set_subreaper(True)
            _adopting["dumpable"] = set_dumpable(False)
        _adopting["depth"] += 1
    try:
        yield
    finally:
        with _adopting_lock:
            _adopting["depth"] -= 1
            if _adopting["depth"] == 0:
                if not _adopting["subreaper"]:
                    set_subreaper(False)
                if _adopting["dumpable"]:
                    set_dumpable(True)


def adopt_for_good() -> None:
    """The process that spawns workers adopts their orphans and hides from them from now on."""
    with _adopting_lock:
        set_subreaper(True)
        set_dumpable(False)
        _adopting["subreaper"] = True
        _adopting["dumpable"] = False


def reap_adopted(keep: set[int] | frozenset[int] = frozenset()) -> None:
    """Collect exit statuses of dead children we do not own (orphans reparented to us)."""
    with SPAWN_LOCK:
        for pid in children_of(os.getpid()):
            if pid not in keep and pid not in _OWNED and process_state(pid) in ("Z", "X", None):
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass


def sweep_adopted(keep: set[int] | frozenset[int] = frozenset(), timeout: float = 10.0) -> list[int]:
    """Kill every child of this process not in `keep` (nor owned), with its descendants.

    With this process a child subreaper, that is exactly what the submission left behind: a
    double-forked daemon in a new session is reparented here instead of to init. Returns the
    pids killed.
    """
    killed: list[int] = []
    deadline = time.monotonic() + timeout
    while True:
        with SPAWN_LOCK:
            strays = [p for p in children_of(os.getpid()) if p not in keep and p not in _OWNED]
            if not strays:
                return killed
            victims = [p for p in strays if process_state(p) not in ("Z", "X", None)]
            victims += [d for p in strays for d in descendants(p)]
            for pid in victims:
                send_signal(pid, signal.SIGKILL)
            killed += victims
            for pid in strays:
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass
        if time.monotonic() > deadline:
            return killed
        time.sleep(0.002)
