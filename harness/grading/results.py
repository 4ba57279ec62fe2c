"""Grading results as frozen dataclasses that serialise to the versioned JSON report format."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field

from harness import categories
from harness.complexity.verdict import ComplexityVerdict

# 2: each test carries its complexity verdicts as data. Version-1 reports (which had none) are
# still read, as version 2 with no verdicts.
REPORT_FORMAT = 2
READABLE_FORMATS = (1, 2)
# Derived from harness.categories (kept for the modules that read them from here).
CATEGORY_ORDER = categories.NAMES
CATEGORY_LABELS = categories.LABELS


class Outcome(str, enum.Enum):
    PASSED = "passed"
    FAILED = "failed"


@dataclass(frozen=True)
class TestResult:
    id: str
    name: str
    category: str
    outcome: Outcome
    description: str = ""
    message: str = ""
    duration: float = 0.0
    output: str = ""
    note: str = ""  # evidence worth showing even on a pass (e.g. the measured growth)
    complexity: tuple[ComplexityVerdict, ...] = ()  # the judged measurements, as data

    @property
    def passed(self) -> bool:
        return self.outcome is Outcome.PASSED

    def to_dict(self) -> dict:
        d = asdict(self)
        d["outcome"] = self.outcome.value
        d["complexity"] = [v.to_dict() for v in self.complexity]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> TestResult:
        return cls(**{"note": "", **d, "outcome": Outcome(d["outcome"]),
                      "complexity": tuple(ComplexityVerdict.from_dict(v) for v in d.get("complexity", ()))})


@dataclass(frozen=True)
class CategorySummary:
    category: str
    passed: int
    total: int

    @property
    def ok(self) -> bool:
        return self.passed == self.total

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    """One `drill test` or `drill grade` run of one submission."""

    kind: str  # "test" (visible examples) or "grade" (hidden tests)
    slug: str
    title: str
    round: str
    seed: int
    started_at: str
    duration: float
    isolation: str
    harness_version: str
    tests: tuple[TestResult, ...] = ()
    error: str | None = None
    time_box_minutes: int | None = None
    attempt_elapsed: float | None = None
    worker_restarts: int = 0
    submission: str = ""
    format_version: int = REPORT_FORMAT
    notes: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        return self.error is None and bool(self.tests) and all(t.passed for t in self.tests)

    @property
    def categories(self) -> tuple[CategorySummary, ...]:
        out = []
        for cat in CATEGORY_ORDER:
            members = [t for t in self.tests if t.category == cat]
            if members:
                out.append(CategorySummary(cat, sum(t.passed for t in members), len(members)))
        return tuple(out)

    def category_counts(self) -> dict[str, list[int]]:
        return {c.category: [c.passed, c.total] for c in self.categories}

    def failures(self) -> list[TestResult]:
        return [t for t in self.tests if not t.passed]

    def to_dict(self) -> dict:
        return {
            "format_version": self.format_version,
            "kind": self.kind,
            "slug": self.slug,
            "title": self.title,
            "round": self.round,
            "passed": self.passed,
            "seed": self.seed,
            "started_at": self.started_at,
            "duration": round(self.duration, 4),
            "isolation": self.isolation,
            "harness_version": self.harness_version,
            "submission": self.submission,
            "error": self.error,
            "time_box_minutes": self.time_box_minutes,
            "attempt_elapsed": None if self.attempt_elapsed is None else round(self.attempt_elapsed, 1),
            "worker_restarts": self.worker_restarts,
            "notes": list(self.notes),
            "categories": [c.to_dict() for c in self.categories],
            "tests": [t.to_dict() for t in self.tests],
        }

    @classmethod
    def from_dict(cls, d: dict) -> Report:
        d = upgrade_report_dict(d)
        fields = {k: v for k, v in d.items() if k not in ("passed", "categories")}
        fields["tests"] = tuple(TestResult.from_dict(t) for t in d["tests"])
        fields["notes"] = tuple(d.get("notes", ()))
        return cls(**fields)


def upgrade_report_dict(data: dict) -> dict:
    """A report as the current format (a copy; version 1 gains empty complexity verdicts).
    ValueError for a format this drill cannot read."""
    version = data.get("format_version")
    if version not in READABLE_FORMATS:
        raise ValueError(f"unsupported report format {version!r}; this drill reads "
                         f"{', '.join(map(str, READABLE_FORMATS))}")
    if version == REPORT_FORMAT:
        return data
    tests = [{"complexity": [], **t} if isinstance(t, dict) else t for t in data.get("tests", [])]
    return {**data, "format_version": REPORT_FORMAT, "tests": tests}
