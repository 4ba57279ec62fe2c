"""The one family of errors the library raises; the CLI turns them into messages and exit codes."""

from __future__ import annotations


class DrillError(Exception):
    """Base class: a message for the user, and the process exit code it maps to."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  -> {self.hint}"


class UsageError(DrillError):
    """The command was called wrongly (unknown slug, missing argument)."""

    exit_code = 2


class ProblemError(DrillError):
    """A problem folder is broken: bad problem.toml, missing files."""


class WorkspaceError(DrillError):
    """The workspace is missing, unreadable, or an attempt would be overwritten."""


class HistoryError(DrillError):
    """The history database is corrupt, locked, or from a newer drill."""


class GradingError(DrillError):
    """Grading itself could not run (not: the submission failed)."""
