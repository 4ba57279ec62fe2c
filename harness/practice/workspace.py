"""The user's workspace: one folder per attempt's problem, and the .drill/ history beside them."""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from harness.catalogue.loader import Problem
from harness.catalogue.support import install_support
from harness.errors import UsageError, WorkspaceError
from harness.practice.store import Attempt, Store

ENV_VAR = "DRILL_WORKSPACE"
MARKER = ".drill"


def default_workspace() -> Path:
    return Path.home() / "drill-workspace"


def resolve_workspace(option: str | os.PathLike | None, cwd: Path | None = None) -> Path:
    """--workspace, then $DRILL_WORKSPACE, then the workspace containing cwd, then ~/drill-workspace."""
    if option:
        return Path(option).expanduser().resolve()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser().resolve()
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_dir():
            return folder
    return default_workspace()


@dataclass(frozen=True)
class StartResult:
    attempt: Attempt
    solution: Path
    prompt: Path
    backup: Path | None


class Workspace:
    def __init__(self, root: Path, *, create: bool = False) -> None:
        self.root = root
        if root.exists() and not root.is_dir():
            raise WorkspaceError(f"{root}: the workspace path is a file, not a folder",
                                 hint="choose another folder with --workspace or $DRILL_WORKSPACE")
        if not root.exists():
            if not create:
                raise WorkspaceError(f"{root}: no workspace here yet",
                                     hint="start an attempt first: drill start two_sum")
            try:
                root.mkdir(parents=True)
            except OSError as exc:
                raise WorkspaceError(f"{root}: cannot create the workspace ({exc.strerror})",
                                     hint="choose a writable folder with --workspace") from exc
        # Readable is enough to look (list, status, history, stats): the history opens read-only
        # and a command that records says so when it tries.
        if not os.access(root, os.R_OK | os.X_OK):
            raise WorkspaceError(f"{root}: the workspace is not readable by you",
                                 hint="fix its permissions or choose another folder with --workspace")
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.root / MARKER / "history.sqlite")
        return self._store

    def has_history(self) -> bool:
        return (self.root / MARKER / "history.sqlite").is_file()

    def problem_dir(self, slug: str) -> Path:
        return self.root / slug

    def solution_path(self, slug: str) -> Path:
        return self.problem_dir(slug) / "solution.py"

    def start(self, problem: Problem, *, restart: bool = False, minutes: int | None = None) -> StartResult:
        """Copy the stub in and start the clock; never overwrite the user's code. `minutes` is the
        time box when it is not the problem's own (a mock round's); the attempt keeps it, and every
        view of the attempt reads it from there."""
        current = self.store.in_progress(problem.slug)
        solution = self.solution_path(problem.slug)
        if current and not restart:
            in_for = current[0].elapsed() / 60
            raise WorkspaceError(
                f"an attempt at {problem.slug} is already in progress ({in_for:.0f} min in): {solution}",
                hint=f"keep going and run `drill grade {problem.slug}`, or `drill start {problem.slug} "
                "--restart` to start over (your current file is kept as a backup)",
            )
        folder = self.problem_dir(problem.slug)
        backup = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if solution.exists():
                backup = self._backup(solution)  # first, so that nothing below can cost the user's code
            shutil.copyfile(problem.stub_path, solution)
            prompt = folder / "prompt.md"
            prompt.write_text(problem.prompt(), encoding="utf-8")
            examples_dst = folder / "test_examples.py"
            shutil.copyfile(problem.tests_dir / "test_examples.py", examples_dst)
            install_support(problem, folder, facts=False)  # the helpers the examples import
        except OSError as exc:
            kept = f"; your previous solution.py is safe in {backup}" if backup else ""
            raise WorkspaceError(f"{exc.filename or folder}: cannot write the attempt's files ({exc.strerror}){kept}",
                                 hint="free some disk space or fix the folder's permissions, then run "
                                 f"`drill start {problem.slug}` again; no attempt was started") from exc
        self.store.abandon_in_progress(problem.slug)
        attempt = self.store.start_attempt(problem.slug, minutes or problem.minutes)
        return StartResult(attempt=attempt, solution=solution, prompt=prompt, backup=backup)

    def _backup(self, solution: Path) -> Path:
        folder = solution.parent / "previous"
        folder.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = folder / f"solution-{stamp}.py"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"solution-{stamp}-{n}.py"
        shutil.copy2(solution, target)
        return target

    def slug_from_context(self, slug: str | None, cwd: Path | None = None, command: str = "grade") -> str:
        """An explicit slug, else the problem folder we are in, else the one attempt in progress
        (`command` is the drill command the hints suggest again, with the slug)."""
        if slug:
            return slug
        here = (cwd or Path.cwd()).resolve()
        try:
            rel = here.relative_to(self.root.resolve())
            if rel.parts:
                return rel.parts[0]
        except ValueError:
            pass
        current = self.store.in_progress()
        if len(current) == 1:
            return current[0].slug
        if not current:
            raise UsageError("which problem? no attempt is in progress",
                             hint=f"name it (drill {command} two_sum) or start one (drill start two_sum)")
        names = ", ".join(a.slug for a in current)
        raise UsageError(f"which problem? attempts in progress: {names}",
                         hint=f"name one, e.g. drill {command} {current[0].slug}")

    def read_solution(self, slug: str) -> Path:
        path = self.solution_path(slug)
        if not path.is_file():
            if self.store.in_progress(slug):
                raise WorkspaceError(f"{path}: no solution file, though an attempt at {slug} is in progress",
                                     hint=f"restore the file (your editor's undo or a backup in "
                                     f"{path.parent / 'previous'}), or start over with "
                                     f"`drill start {slug} --restart` (the clock restarts)")
            raise WorkspaceError(f"{path}: no solution file",
                                 hint=f"start an attempt first: drill start {slug}")
        if not os.access(path, os.R_OK):
            raise WorkspaceError(f"{path}: not readable", hint="fix the file's permissions")
        return path

    def grading_lock(self) -> GradeLock:
        return GradeLock(self.root / MARKER / "grade.lock")


class GradeLock:
    """Only one `drill grade` per workspace at a time (the history stays consistent)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def __enter__(self) -> Self:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(self.fd, 64).decode(errors="replace").strip() or "another process"
            os.close(self.fd)
            self.fd = None
            raise WorkspaceError(
                f"another drill grade is already running in this workspace (pid {holder})",
                hint="wait for it to finish, then grade again",
            ) from None
        os.ftruncate(self.fd, 0)
        os.write(self.fd, str(os.getpid()).encode())
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
