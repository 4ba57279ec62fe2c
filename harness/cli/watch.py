"""`drill test --watch` and `drill grade --watch`: run again on every save of solution.py, until Ctrl-C."""

from __future__ import annotations

import time
from pathlib import Path

import click

POLL = 0.05  # seconds between looks at solution.py's modification time
SETTLE = 0.03  # an editor's save can be several writes: run once the file has stopped changing
sleep = time.sleep  # tests replace it to drive the loop without waiting


def stamp(path: Path) -> tuple[int, int] | None:
    """What changes when the file is saved (modification time, size); None while it is missing."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def watch(state, kind: str, slug: str | None, run_once) -> None:
    """Call `run_once(slug, grader)` now and after every save of the attempt's solution.py, with
    one warm grader for the whole watch (harness.practice.watch); Ctrl-C ends it cleanly (exit 0)."""
    from harness.practice.watch import WarmGrader

    workspace = state.workspace()
    slug = workspace.slug_from_context(slug, Path.cwd(), command=kind)
    path = workspace.solution_path(slug)
    last = None
    grader = WarmGrader(kind)
    try:
        while True:
            current = stamp(path)
            if current is not None and current != last:
                sleep(SETTLE)
                if stamp(path) != current:
                    continue  # still being written
                last = current
                run_once(slug, grader)
                click.echo(f"\nwatching {path}: each save runs `drill {kind} {slug}` again (Ctrl-C stops)")
            sleep(POLL)
    except KeyboardInterrupt:
        click.echo("\nstopped watching")
    finally:
        grader.close()
