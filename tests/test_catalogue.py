"""The catalogue proves itself: every problem validates, and validation catches broken problems."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from harness.catalogue.loader import Catalogue, load_problem
from harness.errors import ProblemError
from harness.grading.validate import validate_problem

from .conftest import ROOT

SLUGS = Catalogue(ROOT).slugs()


@pytest.mark.parametrize("slug", SLUGS)
def test_problem_validates(slug):
    """Schema holds, reference and every alt_*.py pass hidden and visible tests, stub fails, each
    wrong solution fails in the category problem.toml declares."""
    # One test process per problem: the suite already runs problems side by side on every core.
    checks = validate_problem(ROOT / "problems" / slug, jobs=1)
    bad = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not bad, "\n".join(bad)
    assert any("wrong_" in c.name for c in checks)


@pytest.mark.parametrize("slug", SLUGS)
def test_prompt_states_the_signature_and_complexity(slug):
    problem = load_problem(ROOT / "problems" / slug, use_cache=False)
    prompt = problem.prompt()
    for entry in problem.entrypoints:
        assert entry in prompt, f"prompt.md of {slug} never names {entry}"
    if problem.time_target:
        import tomllib

        note = tomllib.loads((problem.path / "problem.toml").read_text())["complexity"].get("note", "")
        # A target in the problem's own variables (O(V + E), O(rows * cols)) is fine when
        # problem.toml's note says what n stands for.
        defines_n = "n is" in note or "n = " in note
        stated = problem.time_target in prompt or (defines_n and "O(" in prompt)
        assert stated, f"prompt.md of {slug} must state the target {problem.time_target} (or note what n is)"
    assert len(problem.hints) >= 2


def _copy_problem(tmp_path: Path, slug: str = "two_sum") -> Path:
    root = tmp_path / "cat"
    shutil.copytree(ROOT / "problems" / slug, root / "problems" / slug)
    shutil.copytree(ROOT / "solutions" / slug, root / "solutions" / slug)
    return root


def test_validation_catches_a_stub_that_passes(tmp_path):
    root = _copy_problem(tmp_path)
    shutil.copyfile(root / "solutions/two_sum/reference.py", root / "problems/two_sum/stub.py")
    checks = validate_problem(root / "problems" / "two_sum")
    assert [c.name for c in checks if not c.ok] == ["stub fails the hidden tests"]


def test_validation_catches_a_wrong_solution_that_passes_or_fails_elsewhere(tmp_path):
    root = _copy_problem(tmp_path)
    solutions = root / "solutions/two_sum"
    shutil.copyfile(solutions / "reference.py", solutions / "wrong_brute_force.py")
    (solutions / "wrong_undeclared.py").write_text("def two_sum(nums, target):\n    return []\n")
    checks = {c.name: c for c in validate_problem(root / "problems" / "two_sum")}
    assert not checks["wrong_brute_force.py fails in complexity"].ok
    assert "failed in nothing" in checks["wrong_brute_force.py fails in complexity"].detail
    assert not checks["wrong_undeclared.py is declared"].ok


def test_validation_catches_a_reference_that_fails(tmp_path):
    root = _copy_problem(tmp_path)
    shutil.copyfile(root / "solutions/two_sum/wrong_adjacent_only.py", root / "solutions/two_sum/reference.py")
    checks = validate_problem(root / "problems" / "two_sum")
    failing = {c.name for c in checks if not c.ok}
    assert "reference passes the hidden tests" in failing


def test_validation_grades_alternative_solutions(tmp_path):
    """Every alt_*.py is a correct solution in another style: each must pass the hidden tests and
    the visible examples, reported as its own checks; a failing one fails with its first failure."""
    root = _copy_problem(tmp_path)
    solutions = root / "solutions/two_sum"
    shutil.copyfile(solutions / "reference.py", solutions / "alt_copy.py")
    shutil.copyfile(solutions / "wrong_adjacent_only.py", solutions / "alt_adjacent.py")
    checks = {c.name: c for c in validate_problem(root / "problems" / "two_sum")}
    assert checks["alt_copy.py passes the hidden tests"].ok
    assert checks["alt_copy.py passes the visible examples"].ok
    failing = {name: c.detail for name, c in checks.items() if not c.ok}
    assert set(failing) == {"alt_adjacent.py passes the hidden tests", "alt_adjacent.py passes the visible examples"}
    assert "two_sum(" in failing["alt_adjacent.py passes the hidden tests"]


@pytest.mark.parametrize(("edit", "field"), [
    (lambda t: t.replace('round = "coding"', 'round = "dsa"'), "round"),
    (lambda t: t.replace("minutes = 15", "minutes = 0"), "minutes"),
    (lambda t: t.replace('slug = "two_sum"\n', ""), "slug"),
    (lambda t: t + '\nunknown_key = 1\n', "unknown_key"),
    (lambda t: t.replace('brute_force = "complexity"', 'brute_force = "speed"'), "wrong.brute_force"),
    (lambda t: t + "\n[[[", "TOML"),
])
def test_bad_problem_toml_is_reported_with_file_and_field(tmp_path, edit, field):
    root = _copy_problem(tmp_path)
    toml = root / "problems/two_sum/problem.toml"
    toml.write_text(edit(toml.read_text()))
    with pytest.raises(ProblemError) as info:
        load_problem(toml.parent, use_cache=False)
    assert str(toml) in str(info.value) and field in str(info.value)


def test_missing_files_are_named(tmp_path):
    root = _copy_problem(tmp_path)
    (root / "problems/two_sum/tests/test_hidden.py").unlink()
    with pytest.raises(ProblemError, match="test_hidden.py: missing"):
        load_problem(root / "problems/two_sum", use_cache=False)
