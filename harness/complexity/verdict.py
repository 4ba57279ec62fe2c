"""A complexity verdict as data: what was measured, against which target, and whether it was met.

The trusted complexity checker records one per judged measurement; it travels from the trusted
test process to the grader on the test's result, into the JSON report, and the CI summary reads
its fields (never the prose). Pure data: importable from any process.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

RESOURCES = ("time", "space")


@dataclass(frozen=True)
class ComplexityVerdict:
    """One judged measurement of one function's time or auxiliary space."""

    resource: str  # "time" or "space"
    function: str  # the entrypoint (or label) measured
    measured: str  # the class found, e.g. "O(n)"; "at least O(n^2)" for a lower bound
    target: str  # the goal, e.g. "O(n)"
    met: bool
    detail: str = ""  # the one-line evidence shown to the candidate

    def __post_init__(self) -> None:
        if self.resource not in RESOURCES:
            raise ValueError(f"resource must be one of {RESOURCES}, not {self.resource!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ComplexityVerdict:
        return cls(resource=str(data["resource"]), function=str(data["function"]),
                   measured=str(data["measured"]), target=str(data["target"]), met=bool(data["met"]),
                   detail=str(data.get("detail", "")))
