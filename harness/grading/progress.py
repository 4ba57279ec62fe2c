"""How far one grading has got, from the messages of its test process: tests done of the total,
the category in hand. The CLI draws it as live progress (harness.cli.progress)."""

from __future__ import annotations

from collections.abc import Sequence

from harness import categories
from harness.protocol.messages import Collected, Message, Result


class GradeProgress:
    """What one grading has done so far, from the test process's messages (collected, result, ...)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.total: int | None = None
        self.category_of: dict[str, str] = {}
        self.done: set[str] = set()
        self.current = ""

    def __call__(self, received: Sequence[Message]) -> None:
        for message in received:
            if isinstance(message, Collected):
                self.total = len(message.tests)
                self.category_of = {t.id: t.category for t in message.tests}
            elif isinstance(message, Result):
                self.done.add(message.id)
                self.current = self.category_of.get(message.id, self.current)

    def line(self, elapsed: float) -> str:
        if self.total is None:
            return f"{self.what}: starting the tests · {elapsed:.1f} s"
        label = categories.LABELS.get(self.current, self.current) if self.current else ""
        return (f"{self.what}: {len(self.done)}/{self.total} tests" + (f" · {label}" if label else "")
                + f" · {elapsed:.1f} s")
