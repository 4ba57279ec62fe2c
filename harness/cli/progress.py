"""Live progress on a terminal: one status line on stderr, redrawn in place, gone when the work ends."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from collections.abc import Callable

PROGRESS_ENV = "DRILL_PROGRESS"  # "1" forces the status line (tests, `script` logs), "0" turns it off
TICK = 0.5  # seconds between redraws, so the elapsed time moves while a slow test runs


def wanted(stream=None) -> bool:
    """Progress is drawn on a terminal only: piped or logged output gets nothing extra."""
    setting = os.environ.get(PROGRESS_ENV, "")
    if setting in ("0", "1"):
        return setting == "1"
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"


class StatusLine:
    """A line on stderr that `render` redraws every TICK until `close`; `echo` prints a line above it."""

    def __init__(self, render: Callable[[float], str], *, enabled: bool | None = None, stream=None) -> None:
        self.render = render
        self.stream = stream or sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.started = time.monotonic()
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._tick, name="drill-progress", daemon=True)
        self.drawn = False

    def __enter__(self) -> StatusLine:
        if self.enabled:
            self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join(timeout=2)
        with self.lock:
            self._clear()

    def refresh(self) -> None:
        if not self.enabled:
            return
        with self.lock:
            self._draw()

    def echo(self, line: str) -> None:
        """Print a finished line (e.g. a CI result) without the status line mixed into it."""
        with self.lock:
            self._clear()
            print(line, flush=True)
            if self.enabled and not self.stop.is_set():
                self._draw()

    def _tick(self) -> None:
        while not self.stop.wait(TICK):
            self.refresh()

    def _draw(self) -> None:
        width = shutil.get_terminal_size((80, 24)).columns
        text = self.render(time.monotonic() - self.started)[: max(10, width - 1)]
        self.stream.write("\r\x1b[K" + text)
        self.stream.flush()
        self.drawn = True

    def _clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


class CountProgress:
    """k of n items done (CI submissions, validated problems), with the item in hand."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self.total: int | None = None
        self.done = 0
        self.current = ""

    def line(self, elapsed: float) -> str:
        total = "?" if self.total is None else str(self.total)
        return (f"{self.done} of {total} {self.noun} done" + (f" · {self.current}" if self.current else "")
                + f" · {elapsed:.1f} s")
