"""Output files of every command (reports, charts): checked before any work starts, each written on its own."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from harness.errors import UsageError

# What each kind of output may be called; an unknown suffix is almost always a typo.
EXTENSIONS = {
    "json": (".json",),
    "junit": (".xml",),
    "markdown": (".md", ".markdown"),
    "image": (".png", ".svg"),
}


@dataclass(frozen=True)
class Output:
    """One file a command will write: its kind (a key of EXTENSIONS), the option that named it, and the path."""

    kind: str
    option: str
    path: Path


def problems_with(output: Output) -> str | None:
    """Why this output could not be written, or None when it can."""
    path = output.path
    allowed = EXTENSIONS[output.kind]
    if path.suffix.lower() not in allowed:
        return (f"{output.option} {path}: the {output.kind} report is written to a "
                f"{' or '.join(allowed)} file, not '{path.suffix or 'no suffix'}'")
    if path.is_dir():
        return f"{output.option} {path}: is a directory; give a file name inside it"
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        return f"{output.option} {path}: no such folder {parent} (create it first)"
    if not os.access(parent, os.W_OK | os.X_OK):
        return f"{output.option} {path}: the folder {parent} is not writable"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{output.option} {path}: the file exists and is not writable"
    return None


def check_outputs(outputs: list[Output]) -> None:
    """Refuse (usage error, exit 2) before any grading when any output path cannot be written,
    naming every bad one at once."""
    found = [p for p in map(problems_with, outputs) if p]
    if found:
        raise UsageError("cannot write " + ("; ".join(found)),
                         hint="fix the output path(s) and run the command again; nothing has run yet")


def outputs_of(**named: tuple[str, Path | str | None]) -> list[Output]:
    """Outputs from option values: outputs_of(json=("--json", value), ...); unset options are skipped."""
    return [Output(kind, option, Path(value)) for kind, (option, value) in named.items() if value]


def write_each(writes: list[tuple[Output, Callable[[Path], object]]]) -> tuple[list[Path], list[str]]:
    """Run each write on its own: one that fails does not stop the others. Returns the paths
    written and a message for each failure."""
    written, failed = [], []
    for output, write in writes:
        try:
            write(output.path)
        except OSError as exc:
            failed.append(f"{output.path}: cannot write the {output.kind} report "
                          f"({exc.strerror or exc})")
        except UsageError as exc:
            failed.append(exc.message)
        else:
            written.append(output.path)
    return written, failed
