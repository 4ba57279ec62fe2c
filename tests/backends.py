"""A test-only isolation backend: the process backend, recording every worker it starts.

The trusted test process loads it by the location the grading's plan names (tests.backends), so
it needs no registration there; the grader's process registers it."""

from __future__ import annotations

from pathlib import Path

from harness.isolation.process import ProcessBackend
from harness.isolation.workers import WorkerProcess, WorkerSpec


def spawn_log(grading_workdir: str) -> Path:
    """Where RecordingBackend lists the workers of the grading whose worker folder is this one
    (next to it: the folder itself is gone when the grading ends)."""
    return Path(f"{grading_workdir}.spawns")


class RecordingBackend(ProcessBackend):
    name = "recording"

    def leaves_open(self, uid: int | None, reason: str) -> str:
        return "recording backend; " + super().leaves_open(uid, reason)

    def spawn(self, spec: WorkerSpec) -> WorkerProcess:
        with spawn_log(str(spec.workdir.parent)).open("a") as log:
            log.write(f"{spec.workdir.name}\n")
        return super().spawn(spec)
