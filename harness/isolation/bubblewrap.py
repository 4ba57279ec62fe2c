"""The bubblewrap backend: each worker in its own sandbox (no network, read-only interpreter, only solution.py)."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.isolation.limits import ZygoteError, is_root, python_roots, worker_env
from harness.isolation.processes import SPAWN_LOCK, children_of, close_fd, disown, kill_group, own
from harness.isolation.uids import PROBE_UID, setpriv_argv
from harness.isolation.workers import ForkSetup, WorkerProcess, WorkerSpec, start_cold

INSIDE_DIR = "/sandbox"  # where the solution's folder appears inside bubblewrap
TMPFS_MB = 64


class BubblewrapBackend:
    """Every worker in a fresh bubblewrap sandbox: own pid, network, IPC and UTS namespaces, a
    read-only view of the interpreter and the harness, its own solution.py, a private tmpfs /tmp,
    a new session, and it dies with its parent. As root it runs as a private uid (setpriv)."""

    name = "bubblewrap"

    def probe(self) -> tuple[bool, str]:
        return bubblewrap_status()

    def leaves_open(self, uid: int | None, reason: str) -> str:
        return ""  # CPU and memory up to the limits, and reading the (public) interpreter and harness

    def wants_private_uid(self) -> bool:
        return is_root()

    def spawn(self, spec: WorkerSpec) -> WorkerProcess:
        info_r, info_w = os.pipe()
        argv = bwrap_argv(spec.workdir, spec.uid)
        argv[1:1] = ["--info-fd", str(info_w)]
        try:
            worker = start_cold(spec, argv, f"{INSIDE_DIR}/solution.py", env={}, extra_fds=(info_w,),
                                isolation=self.name, end_sandbox=self.cleanup)
        except BaseException:
            close_fd(info_r)
            raise
        finally:
            close_fd(info_w)
        worker.sandbox_init = read_sandbox_init(info_r)
        _ = worker.pid  # resolve now, while the sandbox's first process is surely there
        return worker

    def can_prewarm(self, uid: int | None) -> bool:
        # Joining the sandbox's namespaces needs root, and the worker must drop to a private uid.
        return is_root() and uid is not None

    def prepare_fork(self, spec: WorkerSpec) -> ForkSetup:
        holder, inside = _start_holder(spec.workdir, spec.uid)
        return ForkSetup(join=inside, chdir=INSIDE_DIR, solution=f"{INSIDE_DIR}/solution.py", holder=holder)

    def cleanup(self, worker: WorkerProcess) -> None:
        kill_group(worker.proc)  # bwrap's death takes its pid namespace, and all in it, along
        disown(worker.proc.pid)
        if worker.proc.returncode and worker.proc.returncode > 128:
            # bwrap reports a child killed by signal N as exit status 128 + N.
            worker.proc.returncode = 128 - worker.proc.returncode


# --- the bubblewrap command --------------------------------------------------------------------


def bwrap_argv(solution_dir: Path, uid: int | None) -> list[str]:
    """The bwrap command (up to the program it runs) that shows `solution_dir` as /sandbox."""
    argv = [shutil.which("bwrap") or "bwrap", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--clearenv"]
    # Not --unshare-all: as root it adds a user namespace that maps only uid 0, and the private
    # uid below could not exist in it.
    if not is_root():
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
    for root in python_roots():
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
        argv += setpriv_argv(uid)
    return argv


def read_sandbox_init(fd: int) -> int | None:
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
        close_fd(fd)
    try:
        return int(json.loads(data)["child-pid"])
    except (ValueError, KeyError, TypeError):
        return None


def _start_holder(workdir: Path, uid: int | None) -> tuple[subprocess.Popen, int]:
    """The submission's bubblewrap sandbox, running `sleep` until it is killed; returns it and
    the host pid of a process inside it whose namespaces a worker forked by the zygote joins."""
    info_r, info_w = os.pipe()
    argv = bwrap_argv(workdir, uid)
    argv[1:1] = ["--info-fd", str(info_w)]
    argv += ["/usr/bin/sleep", "infinity"]
    try:
        with SPAWN_LOCK:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, pass_fds=(info_w,), cwd=str(workdir), env={},
                                    start_new_session=True, close_fds=True)
            own(proc.pid)
    finally:
        close_fd(info_w)
    init = read_sandbox_init(info_r)
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


# --- whether it works here ----------------------------------------------------------------------


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
    """(True, "") where bubblewrap works here, else (False, why and what to install)."""
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
    if is_root() and shutil.which("setpriv") is None:
        return False, "setpriv (util-linux) is missing, so the worker could not drop root"
    probe_uid = PROBE_UID if is_root() else None
    with tempfile.TemporaryDirectory(prefix="drill-probe-") as tmp:
        os.chmod(tmp, 0o755)
        code = ("import sys, os, importlib.util as u; print(sys.prefix, os.getuid(), "
                "len(os.listdir('/sandbox')), u.find_spec('numpy') is not None)")
        argv = bwrap_argv(Path(tmp), probe_uid) + [sys.executable, "-I", "-c", code]
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=60,
                                  env=worker_env(), stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return False, f"bwrap could not run ({exc})"
    if done.returncode != 0:
        return False, f"bwrap failed: {(done.stderr or done.stdout).strip()[-300:]}"
    has_numpy = importlib.util.find_spec("numpy") is not None
    expected = f"{sys.prefix} {os.getuid() if probe_uid is None else probe_uid} 0 {has_numpy}"
    if done.stdout.strip() != expected:
        return False, (f"bwrap ran a different interpreter or uid ({done.stdout.strip()!r}, "
                       f"expected {expected!r})")
    return True, ""
