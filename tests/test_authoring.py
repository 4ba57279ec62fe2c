"""The authoring API problem tests import (harness.authoring), shared support modules, prompt facts."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import harness.authoring
from harness.authoring import CheckFailed, SubmissionRaised, SubmissionTimeout, expect_raises
from harness.catalogue import facts
from harness.catalogue.loader import PACKAGE_DIR, Catalogue, load_problem
from harness.errors import ProblemError
from harness.grading.grader import GradeOptions, grade
from harness.grading.validate import check_prompt_facts, validate_problem
from harness.practice.workspace import Workspace

from .conftest import ROOT

# --- one module for problem tests -----------------------------------------------------------------


def _harness_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "harness":
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] == "harness"]
    return found


def _authoring_files() -> list[Path]:
    problems = sorted((ROOT / "problems").rglob("*.py"))
    templates = sorted((PACKAGE_DIR / "templates" / "new").glob("test_*.py.tmpl"))
    return problems + templates


def test_problem_tests_and_templates_import_only_harness_authoring():
    wrong = [f"{path.relative_to(ROOT)}: {module}" for path in _authoring_files()
             for module in _harness_imports(path) if module != "harness.authoring"]
    assert not wrong, "import these from harness.authoring instead:\n" + "\n".join(wrong)
    uses = [p for p in _authoring_files() if "harness.authoring" in _harness_imports(p)]
    assert len(uses) > 100 and any(p.suffix == ".tmpl" for p in uses)


def test_the_import_guard_sees_a_stray_import(tmp_path):
    """The guard above must fail on a file that imports a harness module directly."""
    stray = tmp_path / "test_x.py"
    stray.write_text("def f():\n    from harness.trusted.checks import check\n")
    assert _harness_imports(stray) == ["harness.trusted.checks"]


def test_no_problem_defines_its_own_expect_value_error():
    copies = [str(p.relative_to(ROOT)) for p in (ROOT / "problems").rglob("*.py")
              if re.search(r"def _?expect_value_error", p.read_text(encoding="utf-8"))]
    assert not copies


def test_everything_in_all_is_importable_and_the_import_stays_light():
    for name in harness.authoring.__all__:
        assert getattr(harness.authoring, name) is not None, name
    assert {"check", "check_equal", "check_close", "expect_raises", "fact", "SubmissionRaised"} <= set(
        harness.authoring.__all__)
    code = ("import sys, harness.authoring; "
            "print(sorted(m for m in ('numpy', 'torch', 'jsonschema', 'click') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- expect_raises --------------------------------------------------------------------------------


def _raiser(type_name: str, message: str = "bad input"):
    def action(*args, **kwargs):
        raise SubmissionRaised(f"f{args!r}", {"type": type_name, "message": message})
    return action


def test_expect_raises_accepts_the_expected_type_by_class_or_name():
    got = expect_raises(ValueError, _raiser("ValueError"), 1, 2, call="f(1, 2)")
    assert got.error_type == "ValueError" and got.error_message == "bad input"
    expect_raises("ValueError", _raiser("ValueError"), call="f()")
    expect_raises((ZeroDivisionError, "FloatingPointError"), _raiser("FloatingPointError"), call="f()")


def test_expect_raises_passes_arguments_through():
    seen = {}

    def action(*args, **kwargs):
        seen.update(args=args, kwargs=kwargs)
        raise SubmissionRaised("f", {"type": "ValueError"})

    expect_raises(ValueError, action, 1, [2], call="f(...)", sigma=0.5, label="shown")
    assert seen == {"args": (1, [2]), "kwargs": {"sigma": 0.5, "label": "shown"}}


def test_expect_raises_fails_when_nothing_is_raised():
    with pytest.raises(CheckFailed) as info:
        expect_raises(ValueError, lambda: (0.0, 1.0), call="wilson_interval(1, 0)")
    assert str(info.value) == "wilson_interval(1, 0) returned (0.0, 1.0); expected it to raise ValueError"


def test_expect_raises_fails_on_another_type_and_says_why():
    with pytest.raises(CheckFailed) as info:
        expect_raises(ValueError, _raiser("IndexError", "list index out of range"), call="mf.median()",
                      why="there are no values yet")
    assert str(info.value) == ("mf.median() raised IndexError: list index out of range; expected ValueError "
                               "(there are no values yet)")
    with pytest.raises(CheckFailed, match="expected ValueError or TypeError"):
        expect_raises((ValueError, TypeError), _raiser("KeyError"), call="f()")


def test_expect_raises_lets_a_timeout_fail_with_its_own_message():
    def hangs():
        raise SubmissionTimeout("f() did not finish within 1 s")

    with pytest.raises(SubmissionTimeout):
        expect_raises(ValueError, hangs, call="f()")


def test_expect_raises_rejects_a_bad_expected_argument():
    with pytest.raises(TypeError):
        expect_raises((), _raiser("ValueError"), call="f()")


# --- prompt facts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "spec", "shown"), [
    (48000, "", "48,000"), (48000, "d", "48000"), (100000, "_", "100_000"), (1500, "*32", "48,000"),
    (100000, "/2", "50,000"), (3.0, "", "3"), (2.5, "", "2.5"), (1e-6, "", "1e-6"), (1e-300, "", "1e-300"),
    (1e20, "", "1e20"), (0.002, "", "0.002"), ("ab", "", "ab"),
    ([250, 500, 1000, 2000], "", "250, 500, 1,000 and 2,000"), ([256, 2048], "first", "256"),
    ([256, 2048], "last", "2,048"), ([7], "", "7"),
])
def test_fact_values_render_as_a_prompt_states_them(value, spec, shown):
    assert facts.format_value(value, spec) == shown


def test_render_replaces_placeholders_and_refuses_unknown_ones():
    values = {"n": 1500, "sizes": [1, 2, 4]}
    assert facts.render("at {{ n }} and {{n:*32}}, for {{ sizes }}", values, where="p") == \
        "at 1,500 and 48,000, for 1, 2 and 4"
    with pytest.raises(ProblemError, match=r"p: unknown placeholder \{\{ m \}\}"):
        facts.render("at {{ m }}", values, where="p")
    assert facts.problems_in("a {{ n } b", values) and facts.problems_in("{{ n:first }}", values)
    assert facts.problems_in("no placeholders, {single} braces", values) == []


def _copy_problem(tmp_path: Path, slug: str = "two_sum") -> Path:
    root = tmp_path / "cat"
    shutil.copytree(ROOT / "problems" / slug, root / "problems" / slug)
    shutil.copytree(ROOT / "solutions" / slug, root / "solutions" / slug)
    return root / "problems" / slug


def _facts_check(folder: Path):
    return check_prompt_facts(load_problem(folder, use_cache=False))


def test_two_sum_states_its_tests_real_sizes():
    """The drift this guards against: the prompt said 1,000 and 32,000 while the test ran 1,500."""
    problem = load_problem(ROOT / "problems" / "two_sum", use_cache=False)
    prompt = problem.prompt()
    size = problem.facts["cpu_check_size"]
    assert f"check at up to {size:,} and up to {size * 32:,} numbers" in prompt and "{{" not in prompt
    assert check_prompt_facts(problem).ok


def test_every_problem_prompt_renders_and_its_facts_match():
    bad = [(p.slug, c.detail) for p in Catalogue(ROOT).all() if not (c := check_prompt_facts(p)).ok]
    assert not bad
    assert all("{{" not in p.prompt() for p in Catalogue(ROOT).all())


def test_validate_fails_on_an_unknown_placeholder(tmp_path):
    folder = _copy_problem(tmp_path)
    prompt = folder / "prompt.md"
    prompt.write_text(prompt.read_text() + "\nAt most {{ max_calls }} calls.\n")
    check = _facts_check(folder)
    assert not check.ok and "unknown placeholder {{ max_calls }}" in check.detail and str(prompt) in check.detail


def test_validate_fails_on_a_fact_the_prompt_never_states(tmp_path):
    folder = _copy_problem(tmp_path)
    toml = folder / "problem.toml"
    toml.write_text(toml.read_text().replace("[facts]", "[facts]\nunused_size = 64", 1))
    check = _facts_check(folder)
    assert not check.ok and "fact 'unused_size' is never stated in prompt.md" in check.detail


def test_validate_fails_on_a_fact_no_test_reads(tmp_path):
    folder = _copy_problem(tmp_path)
    hidden = folder / "tests" / "test_hidden.py"
    hidden.write_text(hidden.read_text().replace('fact("large_input")', "30_000"))
    check = _facts_check(folder)
    assert not check.ok and "fact 'large_input' is never read by the tests" in check.detail


def test_validate_fails_on_a_test_reading_a_missing_fact(tmp_path):
    folder = _copy_problem(tmp_path)
    hidden = folder / "tests" / "test_hidden.py"
    hidden.write_text(hidden.read_text() + '\nEXTRA = fact("extra")\n')
    check = _facts_check(folder)
    assert not check.ok and "the tests read fact('extra')" in check.detail


# --- problem.toml is really validated -------------------------------------------------------------


def test_validate_rereads_problem_toml_when_given_a_loaded_problem(tmp_path):
    folder = _copy_problem(tmp_path)
    problem = load_problem(folder, use_cache=False)
    toml = folder / "problem.toml"
    toml.write_text(toml.read_text().replace('round = "coding"', 'round = "dsa"'))
    checks = validate_problem(problem)
    assert [(c.name, c.ok) for c in checks] == [("problem.toml is valid", False)]
    assert "round" in checks[0].detail and str(toml) in checks[0].detail


# --- shared support modules -----------------------------------------------------------------------


def test_the_optimizer_harness_exists_once():
    shared = ROOT / "problems" / "_shared" / "optimizers.py"
    assert shared.is_file()
    for slug in ("adam", "rmsprop", "sgd_momentum"):
        problem = load_problem(ROOT / "problems" / slug, use_cache=False)
        assert problem.support == ("optimizers",)
        assert not (problem.tests_dir / "support.py").exists()
    # Every problem folder is a slug and `_shared` is not (a fixed count broke with each new problem).
    folders = sorted(p.name for p in (ROOT / "problems").iterdir() if p.is_dir() and not p.name.startswith("_"))
    assert "_shared" not in Catalogue(ROOT).slugs() and Catalogue(ROOT).slugs() == folders


def test_each_optimizer_problem_names_its_own_optimizer():
    # The optimizer tests are near-copies of each other; adam's once kept a test named
    # ..._torch_rmsprop, so every Adam failure talked about RMSprop.
    names = {"adam": "adam", "rmsprop": "rmsprop", "sgd_momentum": "sgd"}
    for slug, own in names.items():
        for path in sorted((ROOT / "problems" / slug / "tests").glob("test_*.py")):
            tests = re.findall(r"^def (test_\w+)", path.read_text(), flags=re.MULTILINE)
            assert tests, path
            for other in set(names.values()) - {own}:
                assert not [t for t in tests if f"_{other}" in t], (path, other)


def test_folders_starting_with_an_underscore_are_not_problems(tmp_path):
    folder = _copy_problem(tmp_path)
    shutil.copytree(folder, folder.parent / "_draft")
    assert Catalogue(folder.parent.parent).slugs() == ["two_sum"]


def test_a_missing_shared_module_is_a_clear_validation_error(tmp_path):
    folder = _copy_problem(tmp_path)
    toml = folder / "problem.toml"
    toml.write_text('support = ["pairs"]\n' + toml.read_text())
    checks = validate_problem(folder)
    assert [(c.name, c.ok) for c in checks] == [("problem.toml is valid", False)]
    assert "'pairs'" in checks[0].detail and "_shared/pairs.py is missing" in checks[0].detail


def _share_valid_pairs(folder: Path) -> None:
    """two_sum with its valid_pairs oracle moved to problems/_shared/pairs.py."""
    shared = folder.parent / "_shared"
    shared.mkdir()
    (shared / "pairs.py").write_text(
        "def valid_pairs(nums, target):\n"
        "    return {(i, j) for i in range(len(nums)) for j in range(i + 1, len(nums))"
        " if nums[i] + nums[j] == target}\n")
    toml = folder / "problem.toml"
    toml.write_text('support = ["pairs"]\n' + toml.read_text())
    examples = folder / "tests" / "test_examples.py"
    text = examples.read_text()
    start, end = text.index("def valid_pairs"), text.index("@pytest.mark.parametrize")
    examples.write_text(text[:start].replace("import pytest", "import pytest\nfrom pairs import valid_pairs")
                        + text[end:])


def test_a_shared_module_reaches_the_trusted_test_process(tmp_path):
    folder = _copy_problem(tmp_path)
    _share_valid_pairs(folder)
    problem = load_problem(folder, use_cache=False)
    solutions = ROOT / "solutions" / "two_sum"
    good = grade(problem, solutions / "reference.py", GradeOptions(kind="test", seed=1))
    bad = grade(problem, solutions / "wrong_adjacent_only.py", GradeOptions(kind="test", seed=1))
    assert good.passed and len(good.tests) == 4, good.error
    assert not bad.passed and "expected one of" in bad.failures()[0].message


def test_start_copies_shared_modules_and_a_rendered_prompt_but_no_hidden_tests(tmp_path):
    folder = _copy_problem(tmp_path)
    _share_valid_pairs(folder)
    problem = load_problem(folder, use_cache=False)
    workspace = Workspace(tmp_path / "ws", create=True)
    result = workspace.start(problem)
    attempt = result.solution.parent
    assert sorted(p.name for p in attempt.iterdir()) == ["pairs.py", "prompt.md", "solution.py",
                                                         "test_examples.py"]
    assert "3,000 and up to 96,000" in result.prompt.read_text() and "{{" not in result.prompt.read_text()


def test_show_prints_the_rendered_prompt(drill):
    result = drill("show", "two_sum")
    assert result.exit_code == 0 and "3,000 and up to 96,000 numbers" in result.output and "{{" not in result.output


# --- the worked example of AUTHORING.md -----------------------------------------------------------

EXAMPLE_BLOCK = re.compile(r"\*\*`((?:problems|solutions)/max_pair_sum/[^`]+)`\*\*\n\n(`{3,})\w*\n(.*?)\n\2\n",
                           re.DOTALL)


def test_the_authoring_example_is_a_sound_problem(tmp_path):
    """AUTHORING.md's complete example, written out as it stands there, passes drill validate."""
    blocks = EXAMPLE_BLOCK.findall((ROOT / "AUTHORING.md").read_text(encoding="utf-8"))
    names = {name for name, _fence, _text in blocks}
    assert {"problems/max_pair_sum/problem.toml", "problems/max_pair_sum/prompt.md",
            "problems/max_pair_sum/tests/test_hidden.py", "solutions/max_pair_sum/reference.py"} <= names
    for name, _fence, text in blocks:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    hidden = (tmp_path / "problems/max_pair_sum/tests/test_hidden.py").read_text()
    assert "expect_raises(" in hidden and "complexity.time(" in hidden and 'fact("' in hidden
    checks = validate_problem(tmp_path / "problems" / "max_pair_sum")
    bad = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not bad, "\n".join(bad)
    assert {"wrong_brute_force.py fails in complexity", "wrong_no_error.py fails in edge",
            "prompt facts match the tests"} <= {c.name for c in checks}


# --- fact() in the trusted test process -----------------------------------------------------------


def _module_calling_fact(folder: Path, name: str, body: str):
    import importlib.util

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.py"
    path.write_text("from harness.authoring import fact\n\n" + body)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fact_reads_the_facts_delivered_beside_the_calling_module(tmp_path, monkeypatch):
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "problem_facts.json").write_text('{"time_sizes": [250, 500], "large": 30000}')
    # a decoy where the import path and the working directory would find it first
    (tmp_path / "problem_facts.json").write_text('{"large": 1}')
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    module = _module_calling_fact(tests, "test_reads", "LARGE = fact('large')\n"
                                  "def sizes():\n    return tuple(fact('time_sizes'))\n")
    assert module.LARGE == 30000 and module.sizes() == (250, 500)
    with pytest.raises(ProblemError, match=r"no such entry in \[facts\] \(it has: large, time_sizes\)"):
        _module_calling_fact(tests, "test_missing", "X = fact('missing')\n")


def test_fact_without_delivered_facts_says_so(tmp_path):
    with pytest.raises(ProblemError, match="problem_facts.json"):
        _module_calling_fact(tmp_path / "bare", "test_bare", "X = fact('large')\n")


def test_drill_validate_reports_a_bad_placeholder(drill, tmp_path, monkeypatch):
    folder = _copy_problem(tmp_path)
    prompt = folder / "prompt.md"
    prompt.write_text(prompt.read_text().replace("{{ large_input }}", "{{ large_inputs }}"))
    monkeypatch.setenv("DRILL_CATALOGUE", str(folder.parent.parent))
    result = drill("validate", "two_sum")
    assert result.exit_code == 1
    assert "FAIL two_sum: prompt facts match the tests" in result.output
    assert "unknown placeholder {{ large_inputs }}" in result.output
    assert "fact 'large_input' is never stated in prompt.md" in result.output
    assert "ok   two_sum: reference passes the hidden tests" in result.output
