"""The check categories, in one registry: names, labels, report order and the pytest marks behind them.

Every other place that knows a category (the grader's `-m` selection, the trusted plugin's
category_of, report and CI rendering, the history and scorecard columns, the JSON schemas'
enums) derives it from here; tests/test_categories.py fails until a schema follows a change.
Pure data, stdlib only: importable from every process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    """One kind of check a grading reports on its own line."""

    name: str  # as it appears in reports, problem.toml [wrong] and the history database
    label: str  # as people read it in reports and table columns
    description: str
    # The pytest marker that puts a hidden test in this category; None for the category of
    # unmarked tests (exactly one) and for checks that are not pytest tests (the AST scan).
    marker: str | None = None
    from_tests: bool = True  # False: found by the grader itself, never selected with `-m`
    # Shown as a table column only where some result has it (only problems that forbid APIs
    # have an allowed-APIs check).
    optional: bool = False


CORRECTNESS = Category("correctness", "correctness", "the answers on ordinary inputs")
EDGE = Category("edge", "edge cases", "an edge case (empty input, duplicates, extremes)", marker="edge")
COMPLEXITY = Category("complexity", "complexity", "a time or space complexity check", marker="complexity")
RULES = Category("rules", "allowed APIs", "the source uses only the APIs the problem allows",
                 from_tests=False, optional=True)

# Report order. Among pytest markers the later category wins: a test marked both `edge` and
# `complexity` is a complexity check.
CATEGORIES: tuple[Category, ...] = (CORRECTNESS, EDGE, COMPLEXITY, RULES)
NAMES: tuple[str, ...] = tuple(c.name for c in CATEGORIES)
LABELS: dict[str, str] = {c.name: c.label for c in CATEGORIES}
BY_NAME: dict[str, Category] = {c.name: c for c in CATEGORIES}
DEFAULT: Category = next(c for c in CATEGORIES if c.from_tests and c.marker is None)
_MARKED = tuple(c for c in CATEGORIES if c.marker)


def get(name: str) -> Category:
    """The category called `name`; KeyError names the known ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown check category {name!r}; known: {', '.join(NAMES)}") from None


def mark_expression(category: Category) -> str:
    """The pytest `-m` expression that selects exactly the tests of a category."""
    if not category.from_tests:
        raise ValueError(f"the {category.name} category is not made of pytest tests")
    later = [c.marker for c in _MARKED[_MARKED.index(category) + 1:]] if category.marker else []
    if category.marker:
        return " and ".join([category.marker, *(f"not {m}" for m in later)])
    return " and ".join(f"not {c.marker}" for c in _MARKED)


# Category name -> `-m` expression, for every category that pytest tests make up.
MARK_EXPRESSIONS: dict[str, str] = {c.name: mark_expression(c) for c in CATEGORIES if c.from_tests}


def category_of_markers(markers: Iterable[str]) -> str:
    """The category of a test carrying these pytest markers (the later marked category wins)."""
    present = set(markers)
    for category in reversed(_MARKED):
        if category.marker in present:
            return category.name
    return DEFAULT.name


def columns(present: Iterable[str]) -> tuple[Category, ...]:
    """The categories a table shows: every one that is not optional, and an optional one only
    where `present` (the categories some row has) includes it."""
    seen = set(present)
    return tuple(c for c in CATEGORIES if not c.optional or c.name in seen)
