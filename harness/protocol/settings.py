"""The grading settings the grader hands to the trusted test process, as one validated object.

The grader builds a GradingSettings and puts it in one environment variable (SETTINGS_ENV) as
JSON; the trusted process parses it once (`current()`) and reads every setting from it. A
missing or malformed value is refused with the variable, the field and what was expected,
instead of silently becoming a default. Stdlib only: importable from every process.
"""

from __future__ import annotations

import functools
import json
import math
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from harness.errors import DrillError

SETTINGS_ENV = "DRILL_SETTINGS"
# A file the trusted process appends the figures of timing-based verdicts to (harness/trusted/
# margins.py, benchmarks/bench_margins.py); the grader passes it through, the worker never sees it.
MARGINS_ENV = "DRILL_MARGINS"
# The tolerances of check_close where problem.toml gives none (and outside a grading). The
# limits have no default here: they are the problem's (harness.catalogue.loader has its defaults).
DEFAULT_RTOL = 1e-6
DEFAULT_ATOL = 1e-8


# The fields without a default, and what each must be.
REQUIRED = {"seed": "an integer", "call_timeout": "a positive number of seconds",
            "memory_mb": "a positive number of MiB"}


class SettingsError(DrillError):
    """The grading settings are missing or malformed (a fault of drill, not of the submission)."""


@dataclass(frozen=True)
class BatchEntry:
    """One submission of a batch run: its index in the grader's list, and its solution file.

    `tests` (a test file's name) and `category` (a category name), when set, narrow the tests
    this submission meets, so that one process can grade a problem's reference on every hidden
    test, its visible examples, and each wrong solution on its own category only."""

    index: int
    solution: str
    tests: str | None = None
    category: str | None = None

    def selects(self, nodeid: str, category: str) -> bool:
        """Whether the test with this pytest node id and category runs for this submission (the
        trusted process and the grader's report apply the same rule)."""
        if self.tests is not None and nodeid.split("::", 1)[0].rsplit("/", 1)[-1] != self.tests:
            return False
        return self.category is None or category == self.category


@dataclass(frozen=True)
class GradingSettings:
    """Everything the trusted test process needs to know about one grading (or one batch).

    Exactly one of `solution` (one submission) and `batch` (several, in order) is set."""

    seed: int
    call_timeout: float  # seconds per call into the worker
    memory_mb: int  # the worker's address-space limit
    solution: str | None = None
    batch: tuple[BatchEntry, ...] | None = None
    result_fd: int | None = None  # the pipe results are written to; None: nowhere (a dry run)
    forbidden: tuple[str, ...] = ()  # imports and APIs the worker refuses
    rtol: float = DEFAULT_RTOL
    atol: float = DEFAULT_ATOL
    time_target: str | None = None  # e.g. "O(n)"
    space_target: str | None = None
    grade_timeout: float | None = None  # a batch's limit per submission; None: no limit of its own
    # A watch's batch: after `batch`, each further submission arrives as a line "INDEX PATH" on
    # this named pipe, until the grader closes it (harness.grading.warm).
    watch: str | None = None
    entrypoints: tuple[str, ...] = ()  # names solution.py must define (else it cannot be graded)

    def __post_init__(self) -> None:
        _check("seed", self.seed, int, "an integer")
        _check("call_timeout", self.call_timeout, (int, float), "a positive number of seconds",
               positive=True)
        _check("memory_mb", self.memory_mb, int, "a positive number of MiB", positive=True)
        _check("rtol", self.rtol, (int, float), "a finite number >= 0", non_negative=True)
        _check("atol", self.atol, (int, float), "a finite number >= 0", non_negative=True)
        if self.result_fd is not None:
            _check("result_fd", self.result_fd, int, "a file descriptor number", non_negative=True)
        if self.grade_timeout is not None:
            _check("grade_timeout", self.grade_timeout, (int, float), "a positive number of seconds",
                   positive=True)
        for name in ("solution", "time_target", "space_target", "watch"):
            value = getattr(self, name)
            if value is not None and (type(value) is not str or not value):
                raise _bad(name, value, "a non-empty string")
        if type(self.forbidden) is not tuple or not all(type(f) is str and f for f in self.forbidden):
            raise _bad("forbidden", self.forbidden, "a list of module or API names")
        if type(self.entrypoints) is not tuple or not all(type(e) is str and e for e in self.entrypoints):
            raise _bad("entrypoints", self.entrypoints, "a list of names")
        if self.batch is not None:
            if type(self.batch) is not tuple or not all(type(e) is BatchEntry for e in self.batch):
                raise _bad("batch", self.batch, "a list of {index, solution} entries")
            for entry in self.batch:
                if (type(entry.index) is not int or entry.index < 0 or type(entry.solution) is not str
                        or not all(v is None or (type(v) is str and v) for v in (entry.tests, entry.category))):
                    raise _bad("batch", entry, "entries with an integer index >= 0, a solution path, and "
                               "optionally a test file name and a category name")
        if (self.solution is None) == (self.batch is None):
            raise SettingsError(f"{SETTINGS_ENV}: exactly one of 'solution' and 'batch' must be set")

    def to_json(self) -> str:
        data = asdict(self)
        data["forbidden"] = list(self.forbidden)
        data["entrypoints"] = list(self.entrypoints)
        if self.batch is not None:
            data["batch"] = [asdict(e) for e in self.batch]
        return json.dumps(data)

    def to_env(self) -> dict[str, str]:
        """The environment entry that carries these settings to the trusted process."""
        return {SETTINGS_ENV: self.to_json()}

    @classmethod
    def from_json(cls, text: str) -> GradingSettings:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise SettingsError(f"{SETTINGS_ENV} is not JSON ({exc})") from None
        if type(data) is not dict:
            raise SettingsError(f"{SETTINGS_ENV} must hold a JSON object, not {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SettingsError(f"{SETTINGS_ENV}: unknown field(s) {', '.join(map(repr, unknown))}")
        for name, expected in REQUIRED.items():
            if name not in data:
                raise SettingsError(f"{SETTINGS_ENV}: field '{name}' is missing (expected {expected})")
        values: dict[str, Any] = dict(data)
        if "forbidden" in values:
            if type(values["forbidden"]) is not list:
                raise _bad("forbidden", values["forbidden"], "a list of module or API names")
            values["forbidden"] = tuple(values["forbidden"])
        if "entrypoints" in values:
            if type(values["entrypoints"]) is not list:
                raise _bad("entrypoints", values["entrypoints"], "a list of names")
            values["entrypoints"] = tuple(values["entrypoints"])
        if values.get("batch") is not None:
            entries = values["batch"]
            if type(entries) is not list or not all(
                    type(e) is dict and {"index", "solution"} <= set(e) <= {"index", "solution", "tests", "category"}
                    for e in entries):
                raise _bad("batch", entries, "a list of {index, solution[, tests, category]} objects")
            values["batch"] = tuple(BatchEntry(e["index"], e["solution"], e.get("tests"), e.get("category"))
                                    for e in entries)
        return cls(**values)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> GradingSettings:
        """The settings the grader set; SettingsError when they are missing or malformed."""
        text = (os.environ if environ is None else environ).get(SETTINGS_ENV)
        if not text:
            raise SettingsError(f"{SETTINGS_ENV} is not set: the trusted test process runs only under "
                                "drill's grader, which sets it")
        return cls.from_json(text)


@functools.cache
def current() -> GradingSettings | None:
    """This process's settings, parsed once; None outside a grading (no SETTINGS_ENV at all)."""
    if not os.environ.get(SETTINGS_ENV):
        return None
    return GradingSettings.from_env()


def _check(name: str, value: Any, types: type | tuple[type, ...], expected: str,
           *, positive: bool = False, non_negative: bool = False) -> None:
    allowed = types if isinstance(types, tuple) else (types,)
    if type(value) not in allowed or (type(value) is float and not math.isfinite(value)):
        raise _bad(name, value, expected)
    if (positive and value <= 0) or (non_negative and value < 0):
        raise _bad(name, value, expected)


def _bad(name: str, value: Any, expected: str) -> SettingsError:
    return SettingsError(f"{SETTINGS_ENV}: field '{name}' must be {expected}, not {value!r}")


def batch_entries(settings: GradingSettings):
    """The submissions of a batch in order: the listed ones, then (with `watch` set) each one the
    grader sends on the watch pipe, one "INDEX PATH" line each, until it closes the pipe."""
    yield from settings.batch or ()
    if settings.watch is None:
        return
    with open(settings.watch, encoding="utf-8") as pipe:
        for line in pipe:
            index, _, path = line.rstrip("\n").partition(" ")
            if not index.isdigit() or not path:
                raise _bad("watch", line, "lines of 'INDEX PATH'")
            yield BatchEntry(int(index), path)
