"""Start and stop the worker that runs a submission: a bubblewrap sandbox or a plain process.

Two isolation modes, chosen by DRILL_ISOLATION (`auto`, the default, `bubblewrap` or `process`):

- bubblewrap: the worker sees a read-only Python installation, the harness package and its own
  solution.py; nothing else of the machine (no problems/, no solutions/, no hidden tests, no home).
  No network (own network namespace), own pid namespace (killing the sandbox kills everything in
  it), a private tmpfs /tmp, a new session, and it dies with its parent.
- process: a plain subprocess in its own session with the same protocol and limits. It can read
  every file the grading user can read and open network connections; the report says so.

In both modes the worker applies hard rlimits to itself (address space, CPU, processes, file
size, open files) before importing the submission. Running as root, where RLIMIT_NPROC is
ignored, the worker is started as an unprivileged uid of its own (61000 + a slot held with a lock
file, so gradings running side by side never share one) through `setpriv`; NPROC then bounds a
fork bomb and every process of that uid is killed at cleanup, including double-forked daemons.
Without a private uid, cleanup kills the worker's process group and every process that was
reparented to the spawning process, which makes itself a child subreaper for that purpose.
The processes that hold the result pipe make themselves non-dumpable, so a worker of the same
uid cannot open it through /proc/PID/fd; a worker left running as root drops every capability.

Pre-warmed workers (a batch of submissions of one problem, PRELOAD_ENV set by the grader): a
zygote (harness/worker/zygote.py) imports numpy and torch once; for each submission the sandbox above
is started around `sleep`, and a process forked from the zygote joins its namespaces, drops to
the same uid and limits, and serves the submission. Its mount view, pid namespace, network,
uid and cleanup are those of a cold worker; only the start-up work is shared (as root, since
joining namespaces needs it; elsewhere workers start cold inside bubblewrap). Without
bubblewrap the zygote forks plain workers with the process mode's rules.

What each mode still leaves possible (tests/exploits/ proves the rest is not):
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
import ctypes
import enum
import fcntl
import functools
import hashlib
import importlib.util
import json
import os
import pwd
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parent.parent
WORKER_SCRIPT = HARNESS_DIR / "worker" / "main.py"

ZYGOTE_SCRIPT = WORKER_SCRIPT.parent / "zygote.py"
ISOLATION_ENV = "DRILL_ISOLATION"
# Set by the grader for a batch's test process: the modules a pre-warmed zygote imports once
# (JSON list); the batch's workers are then forked from it instead of starting cold.
PRELOAD_ENV = "DRILL_PRELOAD"
ZYGOTE_START_TIMEOUT = 120.0
ZYGOTE_REPLY_TIMEOUT = 30.0
PLAN_ENV = "DRILL_SANDBOX"  # set by the grader for its trusted test process: the plan to follow
INSIDE_DIR = "/sandbox"  # where the solution's folder appears inside bubblewrap

SLOT_BASE_UID = 61000
SLOT_COUNT = 64
SLOT_WAIT = 60.0
DEFAULT_PROCESSES = 32  # tasks (threads included) of the worker's private uid
TMPFS_MB = 64
EXIT_GRACE = 0.1  # seconds a worker gets to exit by itself once its input is closed

# Environment variables a worker may see; everything else is scrubbed. OPENBLAS_* are kept
# because some processors need them for correct BLAS results.
_PASSTHROUGH = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "LANG", "LC_ALL", "TZ")

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
_PR_SET_CHILD_SUBREAPER = 36
_PR_GET_CHILD_SUBREAPER = 37


class SandboxError(RuntimeError):
    """The requested isolation cannot be set up (the grader turns this into a GradingError)."""


class Isolation(enum.Enum):
    BUBBLEWRAP = "bubblewrap"
    PROCESS = "process"

    @property
    def description(self) -> str:
        if self is Isolation.BUBBLEWRAP:
            return ("bubblewrap sandbox: no network, read-only interpreter, only solution.py visible, "
                    "private uid, resource limits")
        return ("separate process with resource limits, NOT a sandbox: the submission can read any "
                "file the grading user can read (reference solutions included) and use the network")


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 1024
    cpu_seconds: int = 120
    file_size_mb: int = 16
    open_files: int = 256
    processes: int | None = None  # None: DEFAULT_PROCESSES under a private uid, else see _nproc
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


@dataclass(frozen=True)
class Plan:
    """How workers are started: the isolation, and the private uid they run as (root only)."""

    isolation: Isolation
    uid: int | None = None
    exclusive_uid: bool = False  # the uid belongs to one grading: cleanup kills all it runs
    workdir: str | None = None  # parent folder of the per-worker folders (the grader removes it)
    reason: str = ""

    def to_env(self) -> str:
        return json.dumps({**asdict(self), "isolation": self.isolation.value})

    @classmethod
    def from_env(cls, text: str) -> "Plan":
        data = json.loads(text)
        return cls(**{**data, "isolation": Isolation(data["isolation"])})

    @property
    def note(self) -> str:
        """What this isolation leaves possible, for the report (empty for the full sandbox)."""
        if self.isolation is Isolation.BUBBLEWRAP:
            return ""
        why = f" ({self.reason})" if self.reason else ""
        text = f"no sandbox{why}: graded code ran as a plain process with resource limits; it could "
        if self.uid is not None:
            return text + (f"read every world-readable file (reference solutions included) and use "
                           f"the network (it ran as uid {self.uid})")
        text += "read any file the grading user can read and use the network"
        if _is_root():
            text += ("; it ran as root (the interpreter is not reachable by an unprivileged uid), "
                     "so the process-count limit did not apply")
        return text


# --- choosing the isolation ------------------------------------------------------------------


def requested_isolation() -> str:
    value = os.environ.get(ISOLATION_ENV, "auto").strip().lower() or "auto"
    if value not in ("auto", "bubblewrap", "process"):
        raise SandboxError(f"{ISOLATION_ENV}={value!r} is not one of auto, bubblewrap, process")
    return value


def plan() -> Plan:
    """The plan for this process: the grader's (from the environment) or a fresh detection."""
    inherited = os.environ.get(PLAN_ENV)
    if inherited:
        return Plan.from_env(inherited)
    return _detect(requested_isolation())


def detect_isolation() -> Isolation:
    return plan().isolation


@functools.cache
def _detect(requested: str) -> Plan:
    if requested == "process":
        return Plan(Isolation.PROCESS, reason=f"{ISOLATION_ENV}=process")
    ok, why = bubblewrap_status()
    if ok:
        return Plan(Isolation.BUBBLEWRAP)
    if requested == "bubblewrap":
        raise SandboxError(f"{ISOLATION_ENV}=bubblewrap, but the sandbox cannot start: {why}")
    return Plan(Isolation.PROCESS, reason=why)


def wants_private_uid(isolation: Isolation) -> bool:
    """Root drops to a private uid: always inside bubblewrap, in a plain process when it can."""
    return _is_root() and (isolation is Isolation.BUBBLEWRAP or _fallback_can_drop())


@contextlib.contextmanager
def grading_sandbox() -> Iterator[Plan]:
    """The plan for one grading, held while it runs: a private uid (as root) and a folder for the
    workers' folders. On exit everything that ran under that uid is dead and the folder is gone."""
    current = plan()
    slot = UidSlot.acquire() if wants_private_uid(current.isolation) else None
    workdir = tempfile.mkdtemp(prefix="drill-workers-")
    os.chmod(workdir, 0o711)  # traversable by the private uid, not listable
    try:
        yield replace(current, uid=slot.uid if slot else None, exclusive_uid=slot is not None,
                      workdir=workdir)
    finally:
        if slot is not None:
            slot.release()
        shutil.rmtree(workdir, ignore_errors=True)


def _is_root() -> bool:
    return os.geteuid() == 0


def _probe_uid() -> int:
    return SLOT_BASE_UID - 1


def _probe_cache_marker() -> Path | None:
    """A file whose presence records that the probe below succeeded for exactly this setup
    (interpreter, bwrap and setpriv binaries, uid, numpy), so each `drill` command does not pay
    ~0.2 s to start a sandbox just to re-check it. Any change to those gives a new key."""
    try:
        parts = [sys.prefix, os.path.realpath(sys.executable), str(os.geteuid()),
                 str(importlib.util.find_spec("numpy") is not None)]
        for tool in ("bwrap", "setpriv"):
            found = shutil.which(tool)
            parts.append(f"{found}:{os.stat(found).st_mtime_ns if found else 0}")
        parts.append(str(os.stat(os.path.realpath(sys.executable)).st_mtime_ns))
        parts.append(str(os.stat(__file__).st_mtime_ns))
    except OSError:
        return None
    key = hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "drill" / f"sandbox-ok-{key}"


@functools.cache
def bubblewrap_status() -> tuple[bool, str]:
    marker = _probe_cache_marker()
    if marker is not None and marker.exists():
        return True, ""
    with SPAWN_LOCK:  # the probe's child must not be swept as a stray by a parallel grading
        ok, why = _probe_bubblewrap()
    if ok and marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:
            pass
    return ok, why


def _probe_bubblewrap() -> tuple[bool, str]:
    """Whether bubblewrap works here, checked by starting the real worker command once.

    The check also proves the interpreter inside is this one (same sys.prefix, numpy importable):
    a sandbox that silently falls back to the system Python would grade against the wrong
    packages.
    """
    if shutil.which("bwrap") is None:
        return False, "bubblewrap (bwrap) is not installed; install it with: apt-get install bubblewrap"
    if _is_root() and shutil.which("setpriv") is None:
        return False, "setpriv (util-linux) is missing, so the worker could not drop root"
    with tempfile.TemporaryDirectory(prefix="drill-probe-") as tmp:
        os.chmod(tmp, 0o755)
        code = ("import sys, os, importlib.util as u; print(sys.prefix, os.getuid(), "
                "len(os.listdir('/sandbox')), u.find_spec('numpy') is not None)")
        argv = _bwrap_argv(Path(tmp), _probe_uid() if _is_root() else None)
        argv += [sys.executable, "-I", "-c", code]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                                  env=worker_env(), stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return False, f"bwrap could not run ({exc})"
    if done.returncode != 0:
        return False, f"bwrap failed: {(done.stderr or done.stdout).strip()[-300:]}"
    has_numpy = importlib.util.find_spec("numpy") is not None
    expected = f"{sys.prefix} {_probe_uid() if _is_root() else os.getuid()} 0 {has_numpy}"
    if done.stdout.strip() != expected:
        return False, (f"bwrap ran a different interpreter or uid ({done.stdout.strip()!r}, "
                       f"expected {expected!r})")
    return True, ""


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
        "TMPDIR": "/tmp",
    })
    env.setdefault("LANG", "C.UTF-8")
    return env


# --- the bubblewrap command --------------------------------------------------------------------


def _python_roots() -> list[Path]:
    """Folders the interpreter needs: the venv, the base installation, the real executable's."""
    roots = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix), Path(sys.base_exec_prefix),
             Path(os.path.realpath(sys.executable)).parent.parent, HARNESS_DIR}
    return sorted({Path(os.path.realpath(p)) for p in roots} | {Path(os.path.abspath(p)) for p in roots})


def _bwrap_argv(solution_dir: Path, uid: int | None) -> list[str]:
    argv = [shutil.which("bwrap") or "bwrap", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--clearenv"]
    # Not --unshare-all: as root it adds a user namespace that maps only uid 0, and the private
    # uid below could not exist in it.
    if not _is_root():
        argv.append("--unshare-user")
    for key, value in worker_env().items():
        argv += ["--setenv", key, value]
    argv += ["--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            argv += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            argv += ["--ro-bind", top, top]
    for path in ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime",
                 "/etc/alternatives"):
        argv += ["--ro-bind-try", path, path]
    argv += ["--proc", "/proc", "--dev", "/dev",
             "--perms", "1777", "--size", str(TMPFS_MB * 1024 * 1024), "--tmpfs", "/tmp"]
    # Roots inside these are visible already. /tmp, /proc and /dev are not among them: they are
    # fresh inside the sandbox, so a virtual environment under /tmp (a CI checkout) is bound on
    # top of the tmpfs like any other.
    mounted: list[Path] = [Path("/usr")]
    made: set[Path] = {Path("/"), Path("/tmp"), Path("/proc"), Path("/dev")}
    for root in _python_roots():
        if any(root == m or m in root.parents for m in mounted):
            continue
        # Mount-point parents are created world-traversable: as root, bwrap would make them 0700
        # and the unprivileged worker could not reach the interpreter below (it then silently
        # ran the system Python without the venv's packages).
        for parent in reversed(root.parents):
            if parent not in made and not any(parent == m or m in parent.parents for m in mounted):
                argv += ["--perms", "0755", "--dir", str(parent)]
                made.add(parent)
        argv += ["--ro-bind", str(root), str(root)]
        mounted.append(root)
    argv += ["--ro-bind", str(solution_dir), INSIDE_DIR, "--chdir", INSIDE_DIR]
    if uid is not None:
        argv += _setpriv(uid)
    return argv


def _setpriv(uid: int) -> list[str]:
    return [shutil.which("setpriv") or "setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--no-new-privs",
            "--pdeathsig", "KILL", "--"]


# --- private uids for workers (root only) -------------------------------------------------------


class UidSlot:
    """An unprivileged uid held for one grading (or one worker) with a lock file."""

    def __init__(self, uid: int, fd: int) -> None:
        self.uid = uid
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, wait: float = SLOT_WAIT) -> "UidSlot":
        folder = _slot_dir()
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
                # Whatever a crashed earlier holder left running under this uid goes first.
                kill_uid(uid)
                return cls(uid, fd)
            if time.monotonic() > deadline:
                raise SandboxError(f"all {SLOT_COUNT} sandbox uids ({SLOT_BASE_UID}-"
                                   f"{SLOT_BASE_UID + SLOT_COUNT - 1}) are busy; too many gradings at once")
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is None:
            return
        kill_uid(self.uid)
        os.close(self._fd)
        self._fd = None


def _slot_dir() -> Path:
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


# --- finding and killing processes ------------------------------------------------------------


def _proc_table() -> dict[int, tuple[int, str, tuple[int, ...]]]:
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


def _state(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0].decode()
    except (OSError, IndexError):
        return None


def processes_of_uid(uid: int, *, include_zombies: bool = False) -> list[int]:
    return [pid for pid, (_, state, uids) in _proc_table().items()
            if uid in uids and (include_zombies or state not in ("Z", "X"))]


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
            _signal(pid, signal.SIGKILL)
        reap_adopted()
        empty_listings = 0 if alive else empty_listings + 1
        if empty_listings >= 2:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)


@functools.cache
def _kill_binary() -> str:
    return shutil.which("kill", path="/usr/bin:/bin") or "/bin/kill"


def _signal(pid: int, sig: int) -> None:
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


def _adopt_for_good() -> None:
    """The process that spawns workers adopts their orphans and hides from them from now on."""
    with _adopting_lock:
        set_subreaper(True)
        set_dumpable(False)
        _adopting["subreaper"] = True
        _adopting["dumpable"] = False


# Held while a child is started and registered, and while strays are swept: without it, one
# thread's sweep (validate and CI grade in parallel threads) could kill another thread's test
# process in the instant between its start and its registration.
SPAWN_LOCK = threading.RLock()


def own(pid: int) -> None:
    """Register a child that some code here will wait for: sweeps never kill or reap it."""
    _OWNED.add(pid)


def disown(pid: int) -> None:
    _OWNED.discard(pid)


@functools.cache
def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def children_of(pid: int, table=None) -> list[int]:
    """The children of `pid` right now."""
    found = _children(pid)
    if found is None:
        table = table if table is not None else _proc_table()
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


def reap_adopted(keep: set[int] | frozenset[int] = frozenset()) -> None:
    """Collect exit statuses of dead children we do not own (orphans reparented to us)."""
    with SPAWN_LOCK:
        _reap_unowned(keep)


def _reap_unowned(keep) -> None:
    for pid in children_of(os.getpid()):
        if pid not in keep and pid not in _OWNED and _state(pid) in ("Z", "X", None):
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
            victims = [p for p in strays if _state(p) not in ("Z", "X", None)]
            victims += [d for p in strays for d in descendants(p)]
            for pid in victims:
                _signal(pid, signal.SIGKILL)
            killed += victims
            for pid in strays:
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass
        if time.monotonic() > deadline:
            return killed
        time.sleep(0.002)


# --- the worker ---------------------------------------------------------------------------------

_OWNED: set[int] = set()  # children started here (workers, test processes) not yet waited for


@dataclass
class WorkerProcess:
    """A running worker: its process, the two protocol pipes, and its merged output pipe.

    `proc` is what was started (bwrap, setpriv or the interpreter); `pid` is the host pid of the
    Python process that runs the submission (inside bubblewrap, a grandchild of `proc`).
    """

    proc: subprocess.Popen
    to_worker: int
    from_worker: int
    output: int
    isolation: Isolation
    workdir: Path
    uid: int | None = None
    exclusive_uid: bool = False
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
        _close(self.to_worker)  # a healthy worker exits when its input ends
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
            try:
                os.killpg(self._pid, signal.SIGKILL)  # the inner session (bwrap --new-session)
            except (ProcessLookupError, PermissionError):
                pass
        kill_group(self.proc)  # bwrap's death takes its pid namespace, and all in it, along
        disown(self.proc.pid)
        if self.slot is not None:
            self.slot.release()  # kills everything the uid still runs, then frees it
            self.slot = None
        elif self.uid is not None:
            kill_uid(self.uid)  # the grading's uid: this worker is the only one using it now
        sweep_adopted()
        if self.isolation is Isolation.BUBBLEWRAP and self.proc.returncode and self.proc.returncode > 128:
            # bwrap reports a child killed by signal N as exit status 128 + N.
            self.proc.returncode = 128 - self.proc.returncode
        for fd in (self.from_worker, self.output):
            _close(fd)
        shutil.rmtree(self.workdir, ignore_errors=True)


def _close(fd: int) -> None:
    try:
        os.close(fd)
    except OSError:
        pass


def _unprivileged_prefix() -> list[str]:
    """Without a private uid: as root, at least drop every capability (no ptrace, no reading
    other users' files, no mounts); in all cases die with the parent and gain no privileges."""
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return []
    caps = ["--bounding-set=-all", "--inh-caps=-all"] if _is_root() else []
    return [setpriv, *caps, "--no-new-privs", "--pdeathsig", "KILL", "--"]


def pdeathsig_prefix() -> list[str]:
    """The worker dies with the process that started it (setpriv sets that up before exec)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


def _nproc(uid: int | None, limits: Limits) -> int | None:
    if uid is not None:
        return limits.processes or DEFAULT_PROCESSES
    if _is_root():
        return None  # ignored for root anyway
    # RLIMIT_NPROC counts every task of the user: leave room above what already runs.
    mine = os.getuid()
    threads = 0
    for pid, (_, _, uids) in _proc_table().items():
        if uids[0] == mine:
            try:
                threads += len(os.listdir(f"/proc/{pid}/task"))
            except OSError:
                threads += 1
    return threads + (limits.processes or DEFAULT_PROCESSES)


def spawn_worker(solution: Path, limits: Limits) -> WorkerProcess:
    """Start a worker for `solution` in its own session, with the protocol on two private pipes."""
    current = plan()
    slot = None
    uid, exclusive = current.uid, current.exclusive_uid
    if not wants_private_uid(current.isolation):
        uid, exclusive = None, False
    elif uid is None or not exclusive:
        slot = UidSlot.acquire()  # used outside a grading (tests): a uid for this worker alone
        uid, exclusive = slot.uid, False
    base = current.workdir if current.workdir and os.path.isdir(current.workdir) else None
    workdir = Path(tempfile.mkdtemp(prefix="drill-worker-", dir=base))
    os.chmod(workdir, 0o755)
    shutil.copyfile(solution, workdir / "solution.py")
    os.chmod(workdir / "solution.py", 0o644)
    rlimits = dict(limits.as_rlimits(), processes=_nproc(uid, limits))
    zygote = _zygote_for(current.isolation, uid)
    if zygote is not None:
        try:
            return _spawn_forked(zygote, current.isolation, workdir, uid, slot, rlimits)
        except ZygoteError as exc:
            _drop_zygote(exc)  # this and later workers start cold

    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    out_r, out_w = os.pipe()
    info_r = info_w = None
    python = [sys.executable, "-I", "-u", "-B", str(WORKER_SCRIPT), str(req_r), str(rep_w)]
    if current.isolation is Isolation.BUBBLEWRAP:
        info_r, info_w = os.pipe()
        argv = _bwrap_argv(workdir, uid)
        argv[1:1] = ["--info-fd", str(info_w)]
        argv += python + [f"{INSIDE_DIR}/solution.py", json.dumps(rlimits)]
        pass_fds: tuple[int, ...] = (req_r, rep_w, info_w)
        env = {}
    else:
        wrapper = _setpriv(uid) if uid is not None else _unprivileged_prefix()
        argv = wrapper + python + [str(workdir / "solution.py"), json.dumps(rlimits)]
        pass_fds = (req_r, rep_w)
        env = worker_env()
    try:
        with SPAWN_LOCK:
            proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=out_w,
                stderr=out_w,
                pass_fds=pass_fds,
                cwd=str(workdir),
                env=env,
                start_new_session=True,
                close_fds=True,
            )
            own(proc.pid)
    except BaseException:
        for fd in (req_r, req_w, rep_r, rep_w, out_r, out_w, info_r, info_w):
            if fd is not None:
                _close(fd)
        shutil.rmtree(workdir, ignore_errors=True)
        if slot is not None:
            slot.release()
        raise
    finally:
        for fd in (req_r, rep_w, out_w, info_w):
            if fd is not None:
                _close(fd)
    _adopt_for_good()
    init = _read_sandbox_init(info_r) if info_r is not None else None
    worker = WorkerProcess(proc=proc, to_worker=req_w, from_worker=rep_r, output=out_r,
                           isolation=current.isolation, workdir=workdir, uid=uid,
                           exclusive_uid=exclusive, slot=slot, sandbox_init=init)
    _ = worker.pid  # resolve now, while the sandbox's first process is surely there
    return worker


def _read_sandbox_init(fd: int) -> int | None:
    """bwrap writes {"child-pid": N} on --info-fd once its namespaces exist (EOF if it failed)."""
    data = b""
    try:
        while True:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    finally:
        _close(fd)
    try:
        return int(json.loads(data)["child-pid"])
    except (ValueError, KeyError, TypeError):
        return None


@functools.cache
def _fallback_can_drop() -> bool:
    """Without bubblewrap, root can still run the worker as a private uid, but only if that uid
    can reach the interpreter and the harness (a Python under /root, mode 0700, it cannot)."""
    if not _is_root() or shutil.which("setpriv") is None:
        return False
    needed = [Path(os.path.realpath(sys.executable)), *(_python_roots()), Path(tempfile.gettempdir())]
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


def wait_gone(proc: subprocess.Popen, timeout: float = 2.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return True
        time.sleep(0.01)
    return False


# --- pre-warmed workers (a batch's zygote) -------------------------------------------------------


class ZygoteError(RuntimeError):
    """The zygote could not start or fork a worker; the caller starts that worker cold."""


class _Zygote:
    """A child process that imported the batch's heavy modules once and forks a worker per
    request (harness.worker.zygote). It runs no submission code: each worker is forked, confined and
    only then handed the submission."""

    def __init__(self, preload: list[str]) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        argv = [*pdeathsig_prefix(), sys.executable, "-I", "-u", "-B", str(ZYGOTE_SCRIPT),
                str(theirs.fileno()), json.dumps(preload)]
        try:
            with SPAWN_LOCK:
                self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, pass_fds=(theirs.fileno(),),
                                             env=worker_env(), cwd="/", close_fds=True)
                own(self.proc.pid)
        except OSError as exc:
            ours.close()
            raise ZygoteError(f"cannot start the zygote: {exc}") from None
        finally:
            theirs.close()
        self.sock = ours
        ready = self._read(ZYGOTE_START_TIMEOUT)
        if not ready.get("ready"):
            self.close()
            raise ZygoteError(f"the zygote did not start: {ready}")

    def _read(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout

        def exact(n: int) -> bytes:
            data = b""
            while len(data) < n:
                remaining = deadline - time.monotonic()
                ready, _, _ = select.select([self.sock], [], [], max(0.0, remaining))
                if not ready:
                    raise ZygoteError(f"the zygote did not answer within {timeout:g} s")
                chunk = self.sock.recv(n - len(data))
                if not chunk:
                    raise ZygoteError("the zygote ended")
                data += chunk
            return data

        try:
            size = int.from_bytes(exact(4), "big")
            if size > 1 << 20:
                raise ZygoteError("the zygote sent an oversized reply")
            message = json.loads(exact(size))
        except (OSError, ValueError) as exc:
            raise ZygoteError(f"unreadable answer from the zygote: {exc}") from None
        if not isinstance(message, dict):
            raise ZygoteError("unreadable answer from the zygote")
        return message

    def fork(self, request: dict, fds: list[int]) -> int:
        """Ask for a worker; returns its host pid."""
        data = json.dumps(request).encode()
        try:
            socket.send_fds(self.sock, [len(data).to_bytes(4, "big") + data], fds)
        except OSError as exc:
            raise ZygoteError(f"cannot reach the zygote: {exc}") from None
        reply = self._read(ZYGOTE_REPLY_TIMEOUT)
        if not reply.get("ok") or not isinstance(reply.get("pid"), int):
            raise ZygoteError(f"the zygote could not start a worker: {reply.get('error', reply)}")
        return reply["pid"]

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass
        _kill_process(self.proc)


def _kill_process(proc: subprocess.Popen) -> None:
    """SIGKILL one process (not its group) and collect it."""
    _signal(proc.pid, signal.SIGKILL)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    disown(proc.pid)


_ZYGOTE_LOCK = threading.Lock()
_zygote_state: dict = {"zygote": None, "failed": None}


def _zygote_for(isolation: Isolation, uid: int | None) -> _Zygote | None:
    """The zygote for this process's workers, started on first use, when the grader asked for
    one and it can confine its workers as a cold start would: with bubblewrap only as root
    (joining the sandbox's namespaces needs it) with a private uid; without bubblewrap always
    (a worker left as root drops every capability, as setpriv makes a cold one do)."""
    raw = os.environ.get(PRELOAD_ENV)
    if raw is None or _zygote_state["failed"] is not None:
        return None
    if isolation is Isolation.BUBBLEWRAP and not (_is_root() and uid is not None):
        return None
    with _ZYGOTE_LOCK:
        if _zygote_state["zygote"] is None:
            try:
                preload = [m for m in json.loads(raw) if isinstance(m, str)]
                _zygote_state["zygote"] = _Zygote(preload)
            except (ZygoteError, ValueError, TypeError) as exc:
                _zygote_state["failed"] = str(exc)
                return None
        return _zygote_state["zygote"]


def _drop_zygote(exc: Exception) -> None:
    with _ZYGOTE_LOCK:
        zygote = _zygote_state["zygote"]
        _zygote_state.update(zygote=None, failed=str(exc))
    if zygote is not None:
        zygote.close()


def reset_zygote() -> None:
    """Stop this process's zygote, if any, and forget an earlier failure (tests)."""
    with _ZYGOTE_LOCK:
        zygote = _zygote_state["zygote"]
        _zygote_state.update(zygote=None, failed=None)
    if zygote is not None:
        zygote.close()


def zygote_failure() -> str | None:
    """Why workers are started cold although a zygote was asked for (None: it works, or none was)."""
    return _zygote_state["failed"]


class _ForkedProcess:
    """What WorkerClient reads of a worker's process: its host pid and, once it ended, its exit
    code (negative: killed by that signal), which the keeper writes on the status pipe."""

    def __init__(self, pid: int, status_fd: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self._status_fd = status_fd

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
                _close(self._status_fd)
                self._status_fd = None
            elif not quiet:
                raise subprocess.TimeoutExpired("worker", timeout or 0)
        return self.returncode

    def close(self) -> None:
        if self._status_fd is not None:
            _close(self._status_fd)
            self._status_fd = None


@dataclass
class ForkedWorker:
    """A worker forked by the zygote: the same interface as WorkerProcess. In bubblewrap mode
    `holder` is the submission's sandbox (a bwrap running `sleep`) whose namespaces it joined."""

    proc: _ForkedProcess
    to_worker: int
    from_worker: int
    output: int
    isolation: Isolation
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
        _close(self.to_worker)
        try:
            self.proc.wait(EXIT_GRACE)
        except subprocess.TimeoutExpired:
            pass
        killpg(self.proc.pid)  # its own session (a worker that ended has no group left)
        if self.holder is not None:
            kill_group(self.holder)  # bwrap's end takes the pid namespace and all in it along
            disown(self.holder.pid)
        if self.slot is not None:
            self.slot.release()
            self.slot = None
        elif self.uid is not None:
            kill_uid(self.uid)
        sweep_adopted()
        try:
            self.proc.wait(2.0)
        except subprocess.TimeoutExpired:
            self.proc.returncode = -signal.SIGKILL
        self.proc.close()
        for fd in (self.from_worker, self.output):
            _close(fd)
        shutil.rmtree(self.workdir, ignore_errors=True)


def _start_holder(workdir: Path, uid: int | None) -> tuple[subprocess.Popen, int]:
    """The submission's bubblewrap sandbox, running `sleep` until it is killed; returns it and
    the host pid of a process inside it whose namespaces a worker can join."""
    info_r, info_w = os.pipe()
    argv = _bwrap_argv(workdir, uid)
    argv[1:1] = ["--info-fd", str(info_w)]
    argv += ["/usr/bin/sleep", "infinity"]
    try:
        with SPAWN_LOCK:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, pass_fds=(info_w,), cwd=str(workdir), env={},
                                    start_new_session=True, close_fds=True)
            own(proc.pid)
    finally:
        _close(info_w)
    init = _read_sandbox_init(info_r)
    deadline = time.monotonic() + 5
    while init is not None and time.monotonic() < deadline:
        # The first child of the sandbox's init, once it runs `sleep`: bwrap has built the
        # mount view and setpriv has dropped the uid.
        for pid in children_of(init):
            try:
                with open(f"/proc/{pid}/comm") as fh:
                    if fh.read().strip() == "sleep":
                        return proc, pid
            except OSError:
                continue
        if proc.poll() is not None:
            break
        time.sleep(0.001)
    kill_group(proc)
    disown(proc.pid)
    raise ZygoteError("the submission's sandbox did not start")


def _spawn_forked(zygote: _Zygote, isolation: Isolation, workdir: Path, uid: int | None,
                  slot: UidSlot | None, rlimits: dict) -> ForkedWorker:
    holder = None
    if isolation is Isolation.BUBBLEWRAP:
        holder, inside = _start_holder(workdir, uid)
        request = {"join": inside, "chdir": INSIDE_DIR, "solution": f"{INSIDE_DIR}/solution.py"}
    else:
        request = {"join": None, "chdir": str(workdir), "solution": str(workdir / "solution.py")}
    request.update(uid=uid, limits=rlimits)
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    out_r, out_w = os.pipe()
    status_r, status_w = os.pipe()
    try:
        with SPAWN_LOCK:
            pid = zygote.fork(request, [req_r, rep_w, out_w, status_w])
    except BaseException:
        for fd in (req_w, rep_r, out_r, status_r):
            _close(fd)
        if holder is not None:
            kill_group(holder)
            disown(holder.pid)
        raise
    finally:
        for fd in (req_r, rep_w, out_w, status_w):
            _close(fd)
    _adopt_for_good()
    return ForkedWorker(proc=_ForkedProcess(pid, status_r), to_worker=req_w, from_worker=rep_r,
                        output=out_r, isolation=isolation, workdir=workdir, holder=holder, uid=uid,
                        slot=slot)
