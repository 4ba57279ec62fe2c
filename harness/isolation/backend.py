"""The isolation backend interface, the registry of backends by DRILL_ISOLATION name, and the Plan that picks one.

A backend is one class (BubblewrapBackend, ProcessBackend); a new one (a container runtime, a
remote runner) is a new class passed to `register`, nothing else. `auto` takes the first
registered backend whose probe passes, in registration order. The plan names the backend's
class, so the grader's trusted test process (which starts the workers) uses the backend the
grader chose, a backend registered at run time included.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
from dataclasses import asdict, dataclass
from typing import Protocol

from harness.isolation.bubblewrap import BubblewrapBackend
from harness.isolation.limits import ISOLATION_ENV, PLAN_ENV, SandboxError
from harness.isolation.process import ProcessBackend
from harness.isolation.workers import ForkSetup, WorkerProcess, WorkerSpec


class IsolationBackend(Protocol):
    """How workers are isolated: one implementation per DRILL_ISOLATION name."""

    name: str  # the DRILL_ISOLATION value, and the isolation the report names

    def probe(self) -> tuple[bool, str]:
        """Whether it works on this machine: (True, "") or (False, why, with what to install)."""

    def leaves_open(self, uid: int | None, reason: str) -> str:
        """What a submission can still do, for the report ("" when nothing worth saying); `uid`
        is the private uid its workers ran as, `reason` why this backend was chosen."""

    def wants_private_uid(self) -> bool:
        """Whether its workers run as a private uid (61000 + slot) when the grader is root."""

    def spawn(self, spec: WorkerSpec) -> WorkerProcess:
        """Start a cold worker (a fresh interpreter) for `spec`."""

    def can_prewarm(self, uid: int | None) -> bool:
        """Whether a worker forked from the batch's zygote is confined as a cold one would be."""

    def prepare_fork(self, spec: WorkerSpec) -> ForkSetup:
        """Set up what a forked worker joins (its sandbox) and where it starts."""

    def cleanup(self, worker: WorkerProcess) -> None:
        """Kill what it started around a cold worker, once the worker's input is closed (the
        private uid, the worker's folder and adopted orphans are cleaned up by the caller)."""


# The one place a backend is added, in auto's order of preference (the first that works here).
_REGISTRY: dict[str, type[IsolationBackend]] = {cls.name: cls for cls in (BubblewrapBackend, ProcessBackend)}


def register(backend: type[IsolationBackend]) -> type[IsolationBackend]:
    """Make `backend` selectable as DRILL_ISOLATION=<its name> at run time (and by `auto`, after
    those registered before it), for a backend that lives outside the harness. Its module must be
    importable by the trusted test process, whose path holds only the harness's parent folder.
    Usable as a class decorator."""
    _REGISTRY[backend.name] = backend
    _choose.cache_clear()
    return backend


def unregister(name: str) -> None:
    _REGISTRY.pop(name, None)
    _choose.cache_clear()


def names() -> tuple[str, ...]:
    """The DRILL_ISOLATION values accepted, `auto` first."""
    return ("auto", *_REGISTRY)


def backend_named(name: str) -> IsolationBackend:
    try:
        return _REGISTRY[name]()
    except KeyError:
        raise SandboxError(f"no isolation backend named {name!r}; there are: "
                           f"{', '.join(_REGISTRY)}") from None


def _locate(backend: type[IsolationBackend]) -> str:
    return f"{backend.__module__}:{backend.__qualname__}"


def _load(location: str) -> IsolationBackend:
    module, _, qualname = location.partition(":")
    try:
        found: object = importlib.import_module(module)
        for part in qualname.split("."):
            found = getattr(found, part)
    except (ImportError, AttributeError, ValueError) as exc:
        raise SandboxError(f"the isolation backend {location!r} in {PLAN_ENV} cannot be loaded: {exc}") from None
    return found()  # type: ignore[operator]


@dataclass(frozen=True)
class Plan:
    """How workers are started: the isolation backend, and the private uid they run as (root only)."""

    isolation: str  # the backend's name
    backend_path: str  # its class as "module:Class": the trusted test process loads it from there
    uid: int | None = None
    exclusive_uid: bool = False  # the uid belongs to one grading: cleanup kills all it runs
    workdir: str | None = None  # parent folder of the per-worker folders (the grader removes it)
    reason: str = ""

    @classmethod
    def using(cls, backend: IsolationBackend, reason: str = "") -> Plan:
        return cls(isolation=backend.name, backend_path=_locate(type(backend)), reason=reason)

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls, text: str) -> Plan:
        return cls(**json.loads(text))

    def backend(self) -> IsolationBackend:
        if self.isolation in _REGISTRY and _locate(_REGISTRY[self.isolation]) == self.backend_path:
            return _REGISTRY[self.isolation]()
        return _load(self.backend_path)

    @property
    def note(self) -> str:
        """What this isolation leaves possible, for the report (empty for the full sandbox)."""
        return self.backend().leaves_open(self.uid, self.reason)


def _requested() -> str:
    value = os.environ.get(ISOLATION_ENV, "auto").strip().lower() or "auto"
    if value not in names():
        raise SandboxError(f"{ISOLATION_ENV}={value!r} is not one of {', '.join(names())}")
    return value


def plan() -> Plan:
    """The plan for this process: the grader's (from the environment) or a fresh choice."""
    inherited = os.environ.get(PLAN_ENV)
    if inherited:
        return Plan.from_env(inherited)
    return _choose(_requested())


@functools.cache
def _choose(requested: str) -> Plan:
    if requested != "auto":
        chosen = backend_named(requested)
        ok, why = chosen.probe()
        if not ok:
            raise SandboxError(f"{ISOLATION_ENV}={requested}, but the sandbox cannot start: {why}")
        return Plan.using(chosen, reason=f"{ISOLATION_ENV}={requested}")
    reasons: list[str] = []
    for name in _REGISTRY:
        candidate = backend_named(name)
        ok, why = candidate.probe()
        if ok:
            return Plan.using(candidate, reason="; ".join(reasons))
        reasons.append(why)
    raise SandboxError(f"no isolation backend works here: {'; '.join(reasons)}")


def forget_choice() -> None:
    """Forget the cached choice (tests that change PATH)."""
    _choose.cache_clear()
