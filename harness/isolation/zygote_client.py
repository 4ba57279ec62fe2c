"""The trusted test process's side of the pre-warmed worker factory (harness/worker/zygote.py).

For a batch of submissions of one problem (PRELOAD_ENV set by the grader) a zygote imports numpy
and torch once; for each submission the backend prepares what the worker joins (in bubblewrap, a
sandbox started around `sleep`), and a process forked from the zygote joins its namespaces, drops
to the same uid and limits, and serves the submission. Its mount view, pid namespace, network,
uid and cleanup are those of a cold worker; only the start-up work is shared.
"""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import threading
import time

from harness.isolation.backend import IsolationBackend
from harness.isolation.limits import PRELOAD_ENV, ZYGOTE_SCRIPT, ZygoteError, worker_env
from harness.isolation.processes import (
    SPAWN_LOCK,
    adopt_for_good,
    close_fd,
    disown,
    kill_group,
    kill_process,
    own,
    pdeathsig_prefix,
)
from harness.isolation.workers import ForkedProcess, ForkedWorker, WorkerSpec

ZYGOTE_START_TIMEOUT = 120.0
ZYGOTE_REPLY_TIMEOUT = 30.0


class Zygote:
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
        kill_process(self.proc)


_ZYGOTE_LOCK = threading.Lock()
_zygote_state: dict = {"zygote": None, "failed": None}


def zygote_for(backend: IsolationBackend, uid: int | None) -> Zygote | None:
    """The zygote for this process's workers, started on first use, when the grader asked for
    one and the backend can confine its forked workers as it confines cold ones."""
    raw = os.environ.get(PRELOAD_ENV)
    if raw is None or _zygote_state["failed"] is not None:
        return None
    if not backend.can_prewarm(uid):
        return None
    with _ZYGOTE_LOCK:
        if _zygote_state["zygote"] is None:
            try:
                preload = [m for m in json.loads(raw) if isinstance(m, str)]
                _zygote_state["zygote"] = Zygote(preload)
            except (ZygoteError, ValueError, TypeError) as exc:
                _zygote_state["failed"] = str(exc)
                return None
        return _zygote_state["zygote"]


def drop_zygote(exc: Exception) -> None:
    """Stop the zygote after it failed: this process's later workers start cold."""
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


def spawn_forked(zygote: Zygote, backend: IsolationBackend, spec: WorkerSpec) -> ForkedWorker:
    """A worker for `spec` forked from the zygote into what `backend` prepared for it."""
    setup = backend.prepare_fork(spec)
    request = {"join": setup.join, "chdir": setup.chdir, "solution": setup.solution, "uid": spec.uid,
               "limits": spec.rlimits}
    req_r, req_w = os.pipe()
    rep_r, rep_w = os.pipe()
    out_r, out_w = os.pipe()
    status_r, status_w = os.pipe()
    try:
        with SPAWN_LOCK:
            pid = zygote.fork(request, [req_r, rep_w, out_w, status_w])
    except BaseException:
        for fd in (req_w, rep_r, out_r, status_r):
            close_fd(fd)
        if setup.holder is not None:
            kill_group(setup.holder)
            disown(setup.holder.pid)
        raise
    finally:
        for fd in (req_r, rep_w, out_w, status_w):
            close_fd(fd)
    adopt_for_good()
    return ForkedWorker(proc=ForkedProcess(pid, status_r), to_worker=req_w, from_worker=rep_r, output=out_r,
                        isolation=backend.name, workdir=spec.workdir, holder=setup.holder, uid=spec.uid,
                        slot=spec.slot)
