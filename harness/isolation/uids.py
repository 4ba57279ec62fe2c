"""Private uids for workers run by root: the slots 61000-61063, dropping to one, killing all it runs, clearing what the kernel keeps for it."""

from __future__ import annotations

import ctypes
import fcntl
import functools
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.isolation.limits import DEFAULT_PROCESSES, Limits, SandboxError, is_root
from harness.isolation.processes import proc_table, processes_of_uid, reap_adopted, send_signal

SLOT_BASE_UID = 61000
SLOT_COUNT = 64
SLOT_WAIT = 60.0
PROBE_UID = SLOT_BASE_UID - 1  # the uid a sandbox probe runs as (never a grading's)


class UidSlot:
    """An unprivileged uid held for one grading (or one worker) with a lock file."""

    def __init__(self, uid: int, fd: int) -> None:
        self.uid = uid
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, wait: float = SLOT_WAIT) -> UidSlot:
        folder = slot_dir()
        deadline = time.monotonic() + wait
        start = os.getpid() % SLOT_COUNT
        while True:
            for k in range(SLOT_COUNT):
                uid = SLOT_BASE_UID + (start + k) % SLOT_COUNT
                if _uid_has_account(uid):
                    continue
                fd = os.open(folder / f"uid-{uid}.lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    continue
                # Whatever a crashed earlier holder left running under this uid goes first,
                # and what the kernel keeps for it (keys, System V IPC) with it.
                kill_uid(uid)
                if uid not in _cleared:
                    clear_uid_state(uid)
                    _cleared.add(uid)
                return cls(uid, fd)
            if time.monotonic() > deadline:
                raise SandboxError(f"all {SLOT_COUNT} sandbox uids ({SLOT_BASE_UID}-"
                                   f"{SLOT_BASE_UID + SLOT_COUNT - 1}) are busy; too many gradings at once")
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is None:
            return
        kill_uid(self.uid)
        clear_uid_state(self.uid)
        os.close(self._fd)
        self._fd = None


_cleared: set[int] = set()  # uids whose kernel state this process cleared before first use

# Run as the slot's uid: empty its user and user-session keyrings and its persistent keyring.
# The worker's seccomp filter denies the keyring calls, so these are empty unless something
# else ran as the uid (an older drill, or a worker where seccomp was refused).
_CLEAR_KEYS = """
import ctypes, os
keyctl = ctypes.CDLL(None, use_errno=True).syscall
NR = {"x86_64": 250, "aarch64": 219}.get(os.uname().machine)
if NR:
    for ring in (-4, -5):  # KEY_SPEC_USER_KEYRING, KEY_SPEC_USER_SESSION_KEYRING
        keyctl(NR, 7, ring)  # KEYCTL_CLEAR
    persistent = keyctl(NR, 22, -1, 0)  # KEYCTL_GET_PERSISTENT of this uid, linked nowhere
    if persistent > 0:
        keyctl(NR, 7, persistent)
"""
_IPC = (("shm", "shmctl"), ("sem", "semctl"), ("msg", "msgctl"))


def clear_uid_state(uid: int) -> None:
    """Remove the kernel objects that outlive a uid's processes: System V IPC objects it owns or
    created (in this IPC namespace; bubblewrap's private one dies with the sandbox) and its
    keyrings' contents. Best effort: a failure leaves them, and the seccomp filter still keeps a
    submission from creating or reading them."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        libc = None
    for kind, remover in _IPC:
        try:
            with open(f"/proc/sysvipc/{kind}", encoding="ascii") as handle:
                header, *rows = handle.read().splitlines()
        except OSError:
            continue
        names = header.split()
        for row in rows:
            fields = dict(zip(names, row.split(), strict=False))
            owners = {fields.get("uid"), fields.get("cuid")}
            ident = fields.get(f"{kind}id" if kind != "msg" else "msqid")
            if str(uid) in owners and ident is not None and libc is not None:
                if kind == "sem":
                    libc.semctl(int(ident), 0, 0)  # IPC_RMID
                else:
                    getattr(libc, remover)(int(ident), 0, None)  # IPC_RMID
    if not _has_keys(uid):
        return  # the usual case: nothing ran as this uid that touched a keyring
    try:
        subprocess.run([_system_python(), "-I", "-S", "-c", _CLEAR_KEYS], user=uid, group=uid,
                       extra_groups=[], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=5, env={})
    except (OSError, subprocess.SubprocessError):
        pass


def slot_dir() -> Path:
    """The root-only folder holding the slots' lock files."""
    for folder in (Path("/run/drill-sandbox"), Path(tempfile.gettempdir()) / "drill-sandbox-slots"):
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            st = folder.lstat()
            if st.st_uid == os.geteuid() and not (st.st_mode & 0o022) and not os.path.islink(folder):
                return folder
        except OSError:
            continue
    raise SandboxError("no private folder for the sandbox uid locks (/run/drill-sandbox)")


def _uid_has_account(uid: int) -> bool:
    try:
        pwd.getpwuid(uid)
        return True
    except KeyError:
        return False


def setpriv_argv(uid: int) -> list[str]:
    """The command prefix that runs the rest as `uid`, without privileges, dying with its parent."""
    return [shutil.which("setpriv") or "setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
            "--no-new-privs", "--pdeathsig", "KILL", "--"]


def kill_uid(uid: int, timeout: float = 10.0) -> bool:
    """SIGKILL every process running as `uid` (root only) and wait until none is left alive.

    kill(-1) sent *as that uid* reaches all of them in one step, so a fork bomb cannot outrun it.
    """
    deadline = time.monotonic() + timeout
    empty_listings = 0
    while True:
        # Kill first, then look: one empty listing can race a fork (a child not yet in /proc
        # when the listing passed its pid), so the uid counts as clear only after two empty
        # listings with a kill between them.
        alive = processes_of_uid(uid)
        try:
            subprocess.run([_kill_binary(), "-KILL", "--", "-1"], user=uid, group=uid, extra_groups=[],
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=5)
        except (OSError, subprocess.SubprocessError):
            pass
        for pid in alive:
            send_signal(pid, signal.SIGKILL)
        reap_adopted()
        empty_listings = 0 if alive else empty_listings + 1
        if empty_listings >= 2:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)


def _has_keys(uid: int) -> bool:
    """Whether the kernel holds keys or keyrings of `uid` (/proc/key-users; if unreadable, assume so)."""
    try:
        with open("/proc/key-users", encoding="ascii") as handle:
            return any(line.split(":")[0].strip() == str(uid) for line in handle)
    except OSError:
        return True


@functools.cache
def _system_python() -> str:
    # One the slot's uid can run: a virtual environment under /root is out of its reach.
    return shutil.which("python3", path="/usr/bin:/bin") or sys.executable


@functools.cache
def _kill_binary() -> str:
    return shutil.which("kill", path="/usr/bin:/bin") or "/bin/kill"


def nproc(uid: int | None, limits: Limits) -> int | None:
    """The worker's RLIMIT_NPROC: per private uid, or above what the grading user already runs."""
    if uid is not None:
        return limits.processes or DEFAULT_PROCESSES
    if is_root():
        return None  # ignored for root anyway
    # RLIMIT_NPROC counts every task of the user: leave room above what already runs.
    mine = os.getuid()
    threads = 0
    for pid, (_, _, uids) in proc_table().items():
        if uids[0] == mine:
            try:
                threads += len(os.listdir(f"/proc/{pid}/task"))
            except OSError:
                threads += 1
    return threads + (limits.processes or DEFAULT_PROCESSES)
