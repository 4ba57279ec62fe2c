"""The messages the trusted test process sends the grader over its result pipe, one JSON line each.

The plugin builds these frozen dataclasses and `encode`s them; the grader `decode`s each line
and refuses anything that is not exactly one of them (MessageError). A refused line is dropped,
so the test it would have reported has no result and counts as failed, never as passed.
Stdlib only (and the complexity verdict's data class): importable from every process.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from harness import categories
from harness.complexity.verdict import ComplexityVerdict
from harness.errors import DrillError


class MessageError(DrillError):
    """A line on the result pipe that is not a well-formed message."""


class TestOutcome(str, enum.Enum):
    """How pytest ended one phase of one test (a skip counts as failed in the report)."""

    __test__ = False  # not a pytest test class, whatever its name

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class CollectedTest:
    id: str  # pytest's node id
    name: str
    category: str  # a name from harness.categories
    description: str = ""  # the first line of the test's docstring


@dataclass(frozen=True)
class Collected:
    """Every test of the run, sent once after collection (shared by all submissions of a batch)."""

    KIND: ClassVar[str] = "collected"
    tests: tuple[CollectedTest, ...]
    submission: None = None  # always shared

    def fields(self) -> dict[str, Any]:
        return {"tests": [{"id": t.id, "name": t.name, "category": t.category, "description": t.description}
                          for t in self.tests]}

    @classmethod
    def parse(cls, data: _Fields) -> Collected:
        tests = []
        for i, entry in enumerate(data.array("tests")):
            item = _Fields(entry, f"tests[{i}]", cls.KIND)
            category = item.string("category")
            if category not in categories.BY_NAME:
                raise item.bad("category", category, f"one of {', '.join(categories.NAMES)}")
            tests.append(CollectedTest(item.string("id"), item.string("name"), category,
                                       item.string("description", "")))
        return cls(tuple(tests))


@dataclass(frozen=True)
class Begin:
    """A batch starts running the tests against one submission."""

    KIND: ClassVar[str] = "begin"
    submission: int

    def fields(self) -> dict[str, Any]:
        return {}

    @classmethod
    def parse(cls, data: _Fields) -> Begin:
        return cls(data.required_submission())


@dataclass(frozen=True)
class WorkerStarted:
    """A worker process started for the submission (the grader kills its group at the end)."""

    KIND: ClassVar[str] = "worker"
    pid: int
    submission: int | None = None

    def fields(self) -> dict[str, Any]:
        return {"pid": self.pid}

    @classmethod
    def parse(cls, data: _Fields) -> WorkerStarted:
        pid = data.integer("pid")
        if pid <= 0:
            raise data.bad("pid", pid, "a process id > 0")
        return cls(pid, data.submission())


@dataclass(frozen=True)
class Result:
    """One phase (setup, call, teardown) of one test; sent for every call and every failure."""

    KIND: ClassVar[str] = "result"
    id: str
    when: str  # "setup", "call" or "teardown"
    outcome: TestOutcome
    message: str = ""
    duration: float = 0.0
    output: str = ""  # what the submission printed during the call
    note: str = ""  # evidence shown even on a pass
    complexity: tuple[ComplexityVerdict, ...] = ()
    submission: int | None = None

    def fields(self) -> dict[str, Any]:
        return {"id": self.id, "when": self.when, "outcome": self.outcome.value, "message": self.message,
                "duration": self.duration, "output": self.output, "note": self.note,
                "complexity": [v.to_dict() for v in self.complexity]}

    @classmethod
    def parse(cls, data: _Fields) -> Result:
        when = data.string("when")
        if when not in ("setup", "call", "teardown"):
            raise data.bad("when", when, "setup, call or teardown")
        outcome = data.string("outcome")
        if outcome not in TestOutcome._value2member_map_:
            raise data.bad("outcome", outcome, "passed, failed or skipped")
        verdicts = []
        for i, entry in enumerate(data.array("complexity", [])):
            try:
                verdicts.append(ComplexityVerdict.from_dict(entry))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise MessageError(f"{cls.KIND} message: complexity[{i}] is not a verdict ({exc})") from None
        return cls(data.string("id"), when, TestOutcome(outcome), data.string("message", ""),
                   data.number("duration", 0.0), data.string("output", ""), data.string("note", ""),
                   tuple(verdicts), data.submission())


@dataclass(frozen=True)
class Finished:
    """The run (single mode) or one submission's run (batch mode) ended: every test ran, or the
    batch's limit per submission cut it short (`timed_out`)."""

    KIND: ClassVar[str] = "finished"
    restarts: int = 0
    isolation: str | None = None
    timed_out: bool = False
    duration: float | None = None  # batch mode: seconds the submission's tests took
    submission: int | None = None

    def fields(self) -> dict[str, Any]:
        return {"restarts": self.restarts, "isolation": self.isolation, "timed_out": self.timed_out,
                "duration": self.duration}

    @classmethod
    def parse(cls, data: _Fields) -> Finished:
        restarts = data.integer("restarts", 0)
        if restarts < 0:
            raise data.bad("restarts", restarts, "a count >= 0")
        duration = data.optional("duration", data.number)
        return cls(restarts, data.optional("isolation", data.string), data.boolean("timed_out", False),
                   duration, data.submission())


@dataclass(frozen=True)
class ImportFailed:
    """The submission could not be loaded (it raised, exited or hung at import, or lacks an
    entrypoint): no test ran, and the report is the short "could not be graded" block."""

    KIND: ClassVar[str] = "import-failed"
    message: str
    detail: str = ""  # the traceback or output that explains it
    submission: int | None = None

    def fields(self) -> dict[str, Any]:
        return {"message": self.message, "detail": self.detail}

    @classmethod
    def parse(cls, data: _Fields) -> ImportFailed:
        return cls(data.string("message"), data.string("detail", ""), data.submission())


@dataclass(frozen=True)
class CategoryStopped:
    """Calls in a row ran past the per-call time limit in one category: its remaining tests were
    not run (each is reported failed); the later categories still run."""

    KIND: ClassVar[str] = "category-stopped"
    category: str
    timeouts: int  # the timed-out tests in a row that stopped it
    call_timeout: float
    submission: int | None = None

    def fields(self) -> dict[str, Any]:
        return {"category": self.category, "timeouts": self.timeouts, "call_timeout": self.call_timeout}

    @classmethod
    def parse(cls, data: _Fields) -> CategoryStopped:
        category = data.string("category")
        if category not in categories.BY_NAME:
            raise data.bad("category", category, f"one of {', '.join(categories.NAMES)}")
        timeouts = data.integer("timeouts")
        if timeouts < 1:
            raise data.bad("timeouts", timeouts, "a count >= 1")
        return cls(category, timeouts, data.number("call_timeout"), data.submission())


Message = Collected | Begin | WorkerStarted | Result | Finished | ImportFailed | CategoryStopped
KINDS: dict[str, type[Message]] = {cls.KIND: cls for cls in (Collected, Begin, WorkerStarted, Result, Finished,
                                                             ImportFailed, CategoryStopped)}
MAX_LINE = 16 * 1024 * 1024  # a result carries at most a few KB of message and output


def encode(message: Message) -> bytes:
    """One line for the pipe: the message's fields, its kind, and its submission if it has one."""
    data = {"type": message.KIND, **message.fields()}
    if message.submission is not None:
        data["submission"] = message.submission
    return (json.dumps(data) + "\n").encode()


def decode(line: bytes | str) -> Message:
    """The message on one line; MessageError for anything else (not JSON, unknown kind, a field
    missing or of the wrong type)."""
    if len(line) > MAX_LINE:
        raise MessageError(f"a message of {len(line):,} bytes exceeds the cap")
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MessageError(f"not a JSON message ({exc})") from None
    if type(data) is not dict:
        raise MessageError("a message must be a JSON object")
    kind = data.get("type")
    if type(kind) is not str or kind not in KINDS:
        raise MessageError(f"unknown message type {kind!r}")
    return KINDS[kind].parse(_Fields(data, "", kind))


_T = TypeVar("_T")


class _Fields:
    """Typed reads of one message's JSON object; every refusal names the kind and the field."""

    def __init__(self, data: Any, where: str, kind: str) -> None:
        if type(data) is not dict:
            raise MessageError(f"{kind} message: {where or 'the message'} must be an object")
        self.data = data
        self.where = where
        self.kind = kind

    def bad(self, name: str, value: Any, expected: str) -> MessageError:
        path = f"{self.where}.{name}" if self.where else name
        return MessageError(f"{self.kind} message: field '{path}' must be {expected}, not {value!r:.80}")

    def _get(self, name: str, default: Any) -> Any:
        if name in self.data:
            return self.data[name]
        if default is _REQUIRED:
            raise MessageError(f"{self.kind} message: field "
                               f"'{f'{self.where}.{name}' if self.where else name}' is missing")
        return default

    def string(self, name: str, default: str | None = None) -> str:
        value = self._get(name, _REQUIRED if default is None else default)
        if type(value) is not str:
            raise self.bad(name, value, "a string")
        return value

    def integer(self, name: str, default: int | None = None) -> int:
        value = self._get(name, _REQUIRED if default is None else default)
        if type(value) is not int:
            raise self.bad(name, value, "an integer")
        return value

    def number(self, name: str, default: float | None = None) -> float:
        value = self._get(name, _REQUIRED if default is None else default)
        if type(value) not in (int, float) or not math.isfinite(value) or value < 0:
            raise self.bad(name, value, "a finite number >= 0")
        return float(value)

    def boolean(self, name: str, default: bool | None = None) -> bool:
        value = self._get(name, _REQUIRED if default is None else default)
        if type(value) is not bool:
            raise self.bad(name, value, "true or false")
        return value

    def array(self, name: str, default: list[Any] | None = None) -> list[Any]:
        value = self._get(name, _REQUIRED if default is None else default)
        if type(value) is not list:
            raise self.bad(name, value, "a list")
        return value

    def optional(self, name: str, read: Callable[[str], _T]) -> _T | None:
        """`read(name)` where the field holds a value; None where it is null or absent."""
        return None if self.data.get(name) is None else read(name)

    def submission(self) -> int | None:
        """The submission's index; None where the message has none (null or absent)."""
        if self.data.get("submission") is None:
            return None
        return self.required_submission()

    def required_submission(self) -> int:
        index = self.integer("submission")
        if index < 0:
            raise self.bad("submission", index, "an index >= 0")
        return index


_REQUIRED = object()
