"""The figures behind timing-based verdicts, written down for benchmarks/bench_margins.py.

A verdict that rests on a time (the CPU guard's ratios, a speed test's CPU seconds against a
baseline, a call's wall time against its limit) is only as trustworthy as its distance from the
threshold. When DRILL_MARGINS names a file, the trusted test process appends one JSON line per
such figure: the test, the submission, what was measured and the limit it was held to. Nothing
is written otherwise, and the worker never sees the variable (its environment is built afresh).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from harness.protocol.settings import MARGINS_ENV

# The submission under test now: (solution path, batch index), set by the plugin (which imports
# this module, not the other way round).
current_submission: Callable[[], tuple[str | None, int | None]] = lambda: (None, None)  # noqa: E731
# Calls shorter than this share of their limit are not worth a line: their margin is over 10x.
CALL_SHARE_WORTH_NOTING = 0.1


def enabled() -> bool:
    return bool(os.environ.get(MARGINS_ENV))


def record(figure: str, **values: Any) -> None:
    """Append {"figure": figure, "test": ..., "solution": ..., "index": ..., **values} to the margins file."""
    path = os.environ.get(MARGINS_ENV)
    if not path:
        return
    solution, index = current_submission()
    line = {"figure": figure, "test": os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0],
            "solution": solution, "index": index, **values}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")
