"""Find processes a grading left behind: helpers for the sandbox, exploit and interrupt tests."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

MARKER = "drill-exploit"


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    state: str
    uids: tuple[int, ...]
    start: int
    cmdline: str

    @property
    def alive(self) -> bool:
        return self.state not in ("Z", "X")


def read(pid: int) -> Proc | None:
    """One process as /proc shows it now; None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        with open(f"/proc/{pid}/status", "rb") as fh:
            status = fh.read().decode(errors="replace")
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return None
    rest = stat.rsplit(b")", 1)[1].split()
    uid_line = next(line for line in status.splitlines() if line.startswith("Uid:"))
    return Proc(pid=pid, ppid=int(rest[1]), state=rest[0].decode(),
                uids=tuple(int(x) for x in uid_line.split()[1:4]), start=int(rest[19]), cmdline=cmdline)


def table() -> dict[int, Proc]:
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (proc := read(int(name))) is not None:
            out[proc.pid] = proc
    return out


def descendants(root: int, procs: dict[int, Proc]) -> set[int]:
    found, todo = set(), [root]
    while todo:
        parent = todo.pop()
        kids = [p.pid for p in procs.values() if p.ppid == parent]
        found.update(kids)
        todo += kids
    return found


def ancestors(pid: int, procs: dict[int, Proc]) -> set[int]:
    """The parent of `pid`, its parent, ... up to init (and 0, init's parent)."""
    found: set[int] = set()
    while pid in procs and procs[pid].ppid not in found:
        pid = procs[pid].ppid
        found.add(pid)
    return found


class Watch:
    """Processes that appear after `start()` and belong to a grading: descendants of a root pid,
    processes of its sandbox uid, or processes whose command line names its folder or MARKER.

    A match by uid or name outside the root's tree counts only where the grading's orphans can
    be: in a branch that began after `start()` and hangs off the root's or this process's line
    of ancestors (init, or a subreaper above). Those under a branch that was already running
    (another pytest-xdist worker, another test run, a benchmark in another shell) belong to a
    grading beside this one: its double_fork_daemon, say, or a sandbox uid it took over after
    this grading released it."""

    def __init__(self, root: int | None = None) -> None:
        self.root = root or os.getpid()
        self.uids: set[int] = set()
        self.needles: set[str] = {MARKER}
        self.before: set[tuple[int, int]] = set()
        self.seen: dict[tuple[int, int], Proc] = {}

    def start(self) -> Watch:
        self.before = {(p.pid, p.start) for p in table().values()}
        return self

    def _belongs(self, proc: Proc, family: set[int], procs: dict[int, Proc], anchors: set[int]) -> bool:
        if proc.pid in family:
            return True
        if not (self.uids.intersection(proc.uids) or any(n in proc.cmdline for n in self.needles)):
            return False
        return self._in_new_branch(proc, procs, anchors)

    def _anchors(self, procs: dict[int, Proc]) -> set[int]:
        """Where an orphan of the grading is adopted: init or a subreaper on the line of
        ancestors of the root (the grading) or of this process (root's parent, or root itself)."""
        out = {self.root, os.getpid()}
        for pid in (self.root, os.getpid()):
            out |= ancestors(pid, procs)
        return out

    def _in_new_branch(self, proc: Proc, procs: dict[int, Proc], anchors: set[int]) -> bool:
        """Whether `proc` hangs off the anchors through a branch that did not exist at start()."""
        top = proc
        for _ in range(len(procs) + 16):
            if top.ppid in anchors or top.ppid == 0:
                break
            parent = procs.get(top.ppid)
            if parent is None or parent.start > top.start:
                # The listing is not atomic: the parent ended (and `top` was reparented) or
                # its pid was reused meanwhile. Look at `top` again, now.
                again = read(top.pid)
                if again is None or again.start != top.start or again.ppid == top.ppid:
                    break
                top = again
                continue
            top = parent
        return (top.pid, top.start) not in self.before

    def _scan(self) -> tuple[dict[int, Proc], set[int], set[int]]:
        procs = table()
        return procs, descendants(self.root, procs), self._anchors(procs)

    def sample(self) -> list[Proc]:
        """Record what belongs to the grading right now (call while it runs)."""
        procs, family, anchors = self._scan()
        mine = [p for p in procs.values()
                if (p.pid, p.start) not in self.before and self._belongs(p, family, procs, anchors)]
        for p in mine:
            self.seen[(p.pid, p.start)] = p
        return mine

    def leftovers(self, grace: float = 0.0) -> list[Proc]:
        """Live processes of the grading (seen during it, or found now); [] is what we want."""
        deadline = time.monotonic() + grace
        while True:
            procs, family, anchors = self._scan()
            left = []
            for p in procs.values():
                key = (p.pid, p.start)
                if key in self.before or not p.alive:
                    continue
                if key in self.seen or self._belongs(p, family, procs, anchors):
                    left.append(p)
            if not left or time.monotonic() >= deadline:
                return left
            time.sleep(0.05)


def describe(procs: list[Proc]) -> str:
    return "\n".join(f"  pid {p.pid} ppid {p.ppid} uid {p.uids[0]} {p.state}: {p.cmdline[:150]}"
                     for p in procs[:20]) + (f"\n  ... {len(procs) - 20} more" if len(procs) > 20 else "")


def default_sigint() -> None:
    """preexec_fn for a drill that a test interrupts: SIGINT back to its default. A shell without
    job control starts background jobs with SIGINT ignored, the ignore survives exec, and Python
    then installs no Ctrl-C handler, so `make test &` or `nohup make test` would see drill shrug
    off the signal."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
