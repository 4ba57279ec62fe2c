"""The one registry of check categories, and everything that must follow it."""

from __future__ import annotations

import json

import pytest

from harness import categories
from harness.catalogue.loader import PACKAGE_DIR
from harness.ci import run as ci_run
from harness.grading import grader, results

SCHEMAS = PACKAGE_DIR / "schemas"


def category_enums(node, path: str = "") -> dict[str, list]:
    """Every enum in a JSON schema that lists check categories, by where it sits."""
    found = {}
    if isinstance(node, dict):
        enum = node.get("enum")
        if isinstance(enum, list) and "correctness" in enum:
            found[path] = enum
        for key, value in node.items():
            found.update(category_enums(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.update(category_enums(value, f"{path}/{i}"))
    return found


def shipped(name: str):
    return lambda: json.loads((SCHEMAS / name).read_text())


@pytest.mark.parametrize(("schema", "load", "expected_enums"), [
    ("report.schema.json", shipped("report.schema.json"), 2),  # the summaries' and the tests' category
    ("problem.schema.json", shipped("problem.schema.json"), 1),  # the category rejecting a wrong solution
    ("ci.schema.json", ci_run.schema, 2),  # the grading report it embeds
])
def test_every_schema_category_enum_equals_the_registry(schema, load, expected_enums):
    enums = category_enums(load())
    assert len(enums) == expected_enums, enums  # the walk still finds them where they are
    for where, enum in enums.items():
        assert enum == list(categories.NAMES), f"{schema}{where} lists {enum}; the registry has {categories.NAMES}"


def test_the_schema_check_catches_a_category_the_schema_lacks():
    """What happens when a category is added to the registry and not to a schema."""
    schema = json.loads((SCHEMAS / "report.schema.json").read_text())
    added = (*categories.NAMES, "style")
    assert all(enum != list(added) for enum in category_enums(schema).values())


def matches(expression: str, markers: set[str]) -> bool:
    """Evaluate a `-m` expression of the form the registry writes: terms joined by `and`."""
    for term in expression.split(" and "):
        negated = term.startswith("not ")
        if (term.removeprefix("not ") in markers) == negated:
            return False
    return True


def test_mark_expressions_select_each_test_once():
    """Whatever the registry holds, every combination of markers is selected by exactly one
    category's expression, the one category_of_markers names."""
    import itertools

    markers = [c.marker for c in categories.CATEGORIES if c.marker]
    for r in range(len(markers) + 1):
        for present in itertools.combinations(markers, r):
            chosen = [name for name, expr in grader.CATEGORY_MARKS.items() if matches(expr, set(present))]
            assert chosen == [categories.category_of_markers(present)], (present, chosen)
    assert grader.CATEGORY_MARKS["edge"].startswith("edge and not complexity")
    assert categories.RULES.name not in grader.CATEGORY_MARKS  # found by the scan, not by pytest
    with pytest.raises(ValueError, match="not made of pytest tests"):
        categories.mark_expression(categories.RULES)


def test_the_expression_check_catches_an_overlap():
    assert matches("edge", {"edge", "complexity"}) and matches("complexity", {"edge", "complexity"})


@pytest.mark.parametrize(("markers", "category"), [
    ((), "correctness"), (("parametrize",), "correctness"), (("edge",), "edge"),
    (("complexity",), "complexity"), (("edge", "complexity"), "complexity"), (("complexity", "edge"), "complexity"),
])
def test_category_of_markers_lets_the_later_category_win(markers, category):
    assert categories.category_of_markers(markers) == category


def test_columns_show_optional_categories_only_where_present():
    always = [c.name for c in categories.CATEGORIES if not c.optional]
    assert [c.name for c in categories.columns([])] == always
    assert always[:3] == ["correctness", "edge", "complexity"] and "rules" not in always
    assert [c.name for c in categories.columns(["rules", "edge"])] == list(categories.NAMES)


def test_results_order_and_labels_come_from_the_registry():
    assert results.CATEGORY_ORDER == categories.NAMES
    assert {c.name: c.label for c in categories.CATEGORIES} == results.CATEGORY_LABELS
    assert categories.get("edge").label == "edge cases"
    with pytest.raises(KeyError, match="known: correctness"):
        categories.get("spelling")
