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


def table() -> dict[int, Proc]:
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
            with open(f"/proc/{name}/status", "rb") as fh:
                status = fh.read().decode(errors="replace")
            with open(f"/proc/{name}/cmdline", "rb") as fh:
                cmdline = fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        rest = stat.rsplit(b")", 1)[1].split()
        uid_line = next(line for line in status.splitlines() if line.startswith("Uid:"))
        out[int(name)] = Proc(pid=int(name), ppid=int(rest[1]), state=rest[0].decode(),
                              uids=tuple(int(x) for x in uid_line.split()[1:4]),
                              start=int(rest[19]), cmdline=cmdline)
    return out


def descendants(root: int, procs: dict[int, Proc]) -> set[int]:
    found, todo = set(), [root]
    while todo:
        parent = todo.pop()
        kids = [p.pid for p in procs.values() if p.ppid == parent]
        found.update(kids)
        todo += kids
    return found


class Watch:
    """Processes that appear after `start()` and belong to a grading: descendants of a root pid,
    processes of its sandbox uid, or processes whose command line names its folder or MARKER."""

    def __init__(self, root: int | None = None) -> None:
        self.root = root or os.getpid()
        self.uids: set[int] = set()
        self.needles: set[str] = {MARKER}
        self.before: set[tuple[int, int]] = set()
        self.seen: dict[tuple[int, int], Proc] = {}

    def start(self) -> "Watch":
        self.before = {(p.pid, p.start) for p in table().values()}
        return self

    def _belongs(self, proc: Proc, family: set[int]) -> bool:
        return (proc.pid in family or bool(self.uids.intersection(proc.uids))
                or any(n in proc.cmdline for n in self.needles))

    def sample(self) -> list[Proc]:
        """Record what belongs to the grading right now (call while it runs)."""
        procs = table()
        family = descendants(self.root, procs)
        mine = [p for p in procs.values() if (p.pid, p.start) not in self.before and self._belongs(p, family)]
        for p in mine:
            self.seen[(p.pid, p.start)] = p
        return mine

    def leftovers(self, grace: float = 0.0) -> list[Proc]:
        """Live processes of the grading (seen during it, or found now); [] is what we want."""
        deadline = time.monotonic() + grace
        while True:
            procs = table()
            family = descendants(self.root, procs)
            left = []
            for p in procs.values():
                key = (p.pid, p.start)
                if key in self.before or not p.alive:
                    continue
                if key in self.seen or self._belongs(p, family):
                    left.append(p)
            if not left or time.monotonic() >= deadline:
                return left
            time.sleep(0.05)


def describe(procs: list[Proc]) -> str:
    return "\n".join(f"  pid {p.pid} ppid {p.ppid} uid {p.uids[0]} {p.state}: {p.cmdline[:150]}"
                     for p in procs[:20]) + (f"\n  ... {len(procs) - 20} more" if len(procs) > 20 else "")
