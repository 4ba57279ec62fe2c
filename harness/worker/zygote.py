"""The pre-warmed worker factory: a process that has imported numpy (and torch) once and forks a
fresh worker for each submission of a batch, so that no submission pays those imports.

Started by harness.isolation.zygote_client (the trusted test process's side) as
`python -I -u -B zygote.py SOCKET_FD PRELOAD_JSON`; it serves fork requests on that Unix socket.
It never runs submission code itself. For each request it forks a keeper, which:

- in bubblewrap mode, joins every namespace of a sandbox the caller has already started for this
  submission (its pid, mount, network, IPC, UTS and cgroup namespaces: the same mount view as a
  cold worker, only that submission's solution.py visible), then forks the worker inside it;
- in process mode, forks the worker as it is.

The worker then drops to the submission's private uid (when one is given), starts a new
session, closes every descriptor but its three pipes, and from there on is exactly the cold
worker: harness.worker.main applies the resource limits and the forbidden-API guards and imports
the submission. The keeper waits for it and writes its exit status on a pipe of the caller's, so
the grader reports a crash the same way in both cases.

Request (one JSON message with the descriptors [to-worker read end, from-worker write end,
output write end, status write end] attached):
  {"solution": PATH, "limits": {...}, "uid": UID or null, "join": HOST_PID or null, "chdir": DIR}
Reply: {"ok": true, "pid": HOST_PID_OF_THE_WORKER} or {"ok": false, "error": TEXT}.
"""

from __future__ import annotations

import ctypes
import importlib
import json
import os
import signal
import socket
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from harness.worker import main as worker  # noqa: E402

MAX_REQUEST = 1 << 20
# setns(2) namespace types, joined in this order (the mount namespace last: after it, /proc is
# the sandbox's and the other namespace files could no longer be opened by their host path).
NAMESPACES = (("cgroup", 0x02000000), ("ipc", 0x08000000), ("uts", 0x04000000),
              ("net", 0x40000000), ("pid", 0x20000000), ("mnt", 0x00020000))
_PR_SET_PDEATHSIG = 1
_PR_SET_DUMPABLE = 4
_PR_SET_NO_NEW_PRIVS = 38

_libc = ctypes.CDLL(None, use_errno=True)


def _prctl(option: int, value: int) -> None:
    if _libc.prctl(option, value, 0, 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"prctl({option}): {os.strerror(errno)}")


def join_namespaces(host_pid: int) -> None:
    """Enter the namespaces of `host_pid` (a process in the submission's sandbox). Only the
    children of this process enter the pid namespace."""
    handles = []
    try:
        for name, kind in NAMESPACES:
            path = f"/proc/{host_pid}/ns/{name}"
            try:
                if os.stat(path).st_ino == os.stat(f"/proc/self/ns/{name}").st_ino:
                    continue  # the sandbox did not make this one
            except FileNotFoundError:
                continue  # a kernel without this namespace type
            handles.append((name, kind, os.open(path, os.O_RDONLY | os.O_CLOEXEC)))
        for name, kind, fd in handles:
            if _libc.setns(fd, kind) != 0:
                errno = ctypes.get_errno()
                raise OSError(errno, f"joining the sandbox's {name} namespace: {os.strerror(errno)}")
    finally:
        for _, _, fd in handles:
            os.close(fd)


_PR_CAPBSET_DROP = 24
_CAP_VERSION_3 = 0x20080522


def drop_capabilities() -> None:
    """Empty the bounding set (nothing exec'd regains a capability) and then the effective,
    permitted and inheritable sets."""
    for cap in range(64):
        if _libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 and ctypes.get_errno() == 22:
            break  # EINVAL: past the last capability this kernel knows
    header = (ctypes.c_uint32 * 2)(_CAP_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    if _libc.capset(header, data) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"capset: {os.strerror(errno)}")


def become_worker(request: dict, fds: list[int]) -> None:
    """In the freshly forked worker: take on the submission's identity and serve it. Never returns."""
    code = 1
    try:
        to_worker, from_worker, output = fds[0], fds[1], fds[2]
        os.setsid()
        os.dup2(output, 1)
        os.dup2(output, 2)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        # The control socket, the status pipe, the output pipe's original: none stays open.
        worker.close_inherited_fds((0, 1, 2, to_worker, from_worker))
        os.chdir(request["chdir"])
        uid = request.get("uid")
        if uid is not None:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
        elif os.geteuid() == 0:
            drop_capabilities()  # as a cold worker's setpriv does: root, but powerless
        _prctl(_PR_SET_NO_NEW_PRIVS, 1)
        # A uid change makes a process non-dumpable and clears its parent-death signal (exec,
        # which a cold worker goes through, would have restored the first).
        _prctl(_PR_SET_DUMPABLE, 1)
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        _reseed()
        worker.run(to_worker, from_worker, Path(request["solution"]), request.get("limits") or {})
        code = 0
    except BaseException:  # noqa: BLE001 - whatever happened, this process must not return
        code = 1
    finally:
        try:
            sys.stdout.flush()
        except BaseException:  # noqa: BLE001
            pass
        os._exit(code)


def _reseed() -> None:
    """Forked workers would share the zygote's random state; a cold worker starts fresh."""
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        numpy.random.seed()
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.seed()


def keeper(request: dict, fds: list[int], sock: socket.socket) -> None:
    """The forked keeper: set up, fork the worker, report its pid, wait, report its status."""
    status_fd = fds[3]
    try:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if request.get("join"):
            join_namespaces(int(request["join"]))
        pid = os.fork()
        if pid == 0:
            become_worker(request, fds)
        for fd in fds[:3]:
            os.close(fd)
        _send(sock, {"ok": True, "pid": pid})
        sock.close()
    except BaseException as exc:  # noqa: BLE001
        try:
            _send(sock, {"ok": False, "error": f"{type(exc).__name__}: {exc}"})
        finally:
            os._exit(1)
    while True:
        try:
            _, status = os.waitpid(pid, 0)
            break
        except InterruptedError:
            continue
        except ChildProcessError:
            status = 0
            break
    try:
        os.write(status_fd, struct.pack(">i", os.waitstatus_to_exitcode(status)))
    except OSError:
        pass
    os._exit(0)


def _send(sock: socket.socket, message: dict) -> None:
    data = json.dumps(message).encode()
    sock.sendall(struct.pack(">I", len(data)) + data)


def _receive(sock: socket.socket) -> tuple[dict, list[int]] | None:
    data, fds, _, _ = socket.recv_fds(sock, MAX_REQUEST, 4)
    if not data:
        return None
    size = struct.unpack(">I", data[:4])[0]
    body = data[4:]
    while len(body) < size:
        more = sock.recv(size - len(body))
        if not more:
            return None
        body += more
    return json.loads(body), list(fds)


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def serve(sock_fd: int, preload: list[str]) -> None:
    _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    # Not dumpable (nor its keepers, which inherit it): a worker of the same uid (process mode as
    # root) cannot ptrace it, read its memory or reach its socket through /proc, so it cannot
    # change what later workers run.
    _prctl(_PR_SET_DUMPABLE, 0)
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the worker will report the import error itself
            pass
    sock = socket.socket(fileno=sock_fd)
    _send(sock, {"ready": True})
    while True:
        try:
            received = _receive(sock)
        except (OSError, ValueError, struct.error):
            return
        if received is None:
            return
        request, fds = received
        _reap()  # the keepers of earlier workers (their CPU time then counts in the grader's)
        if len(fds) != 4:
            for fd in fds:
                os.close(fd)
            _send(sock, {"ok": False, "error": f"expected 4 descriptors, got {len(fds)}"})
            continue
        pid = os.fork()
        if pid == 0:
            keeper(request, fds, sock)
        for fd in fds:
            os.close(fd)
        # The keeper answers on the socket; the next request is only sent after that answer.


if __name__ == "__main__":
    serve(int(sys.argv[1]), json.loads(sys.argv[2]))
    os._exit(0)
