"""`drill new` (problem scaffolds that fail validation until written) and `drill completion`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from harness.catalogue import scaffold
from harness.catalogue.loader import load_problem
from harness.cli import cli

from .conftest import ROOT


@pytest.fixture
def empty_catalogue(tmp_path, monkeypatch):
    root = tmp_path / "catalogue"
    (root / "problems").mkdir(parents=True)
    (root / "solutions").mkdir()
    monkeypatch.setenv("DRILL_CATALOGUE", str(root))
    return root


EXPECTED_FILES = ["problems/{s}/problem.toml", "problems/{s}/prompt.md", "problems/{s}/stub.py",
                  "problems/{s}/tests/test_examples.py", "problems/{s}/tests/test_hidden.py",
                  "solutions/{s}/reference.py"]


@pytest.mark.parametrize(("round_", "wrong"), [("coding", {"slow": "complexity", "subtle": "correctness"}),
                                          ("ml", {"subtle": "correctness", "uses_library": "rules"}),
                                          ("stats", {"subtle": "correctness", "edge": "edge"})])
def test_new_writes_a_schema_valid_problem_full_of_todos(drill, empty_catalogue, round_, wrong):
    result = drill("new", "window_max", "--round", round_, "--difficulty", "hard")
    assert result.exit_code == 0, result.output
    for name in EXPECTED_FILES + [f"solutions/{{s}}/wrong_{w}.py" for w in wrong]:
        path = empty_catalogue / name.format(s="window_max")
        assert path.is_file() and "TODO" in path.read_text(), name
        assert str(path) in result.output
    problem = load_problem(empty_catalogue / "problems" / "window_max", use_cache=False)
    assert (problem.round, problem.difficulty, problem.title) == (round_, "hard", "Window Max")
    assert problem.wrong == wrong and problem.entrypoints == ("window_max",)
    assert problem.idea.startswith("TODO")
    for source in (*(empty_catalogue / "solutions" / "window_max").glob("*.py"),
                   *(empty_catalogue / "problems" / "window_max").rglob("*.py")):
        compile(source.read_text(), str(source), "exec")  # templates render to valid Python
    assert "TODO markers to fill" in result.output and "drill validate window_max" in result.output
    assert not list(empty_catalogue.glob(".drill-new-*"))


def test_a_fresh_scaffold_fails_validation_with_clear_messages(drill, empty_catalogue):
    assert drill("new", "window_max").exit_code == 0
    result = drill("validate", "window_max")
    assert result.exit_code == 1
    out = result.output
    assert "ok   window_max: problem.toml is valid" in out
    assert "FAIL window_max: reference passes the hidden tests" in out
    assert "tests/test_hidden.py still holds the placeholder; write the hidden tests" in out
    assert "FAIL window_max: reference passes the visible examples" in out
    assert "tests/test_examples.py still holds the placeholder" in out
    assert "FAIL window_max: wrong_slow.py fails in complexity" in out
    assert "FAIL window_max: no scaffold placeholders left" in out


def test_a_filled_scaffold_validates(drill, empty_catalogue):
    """Write the scaffold with two_sum's content: the same template then proves sound, so the
    failures above come from the TODOs, not from the templates."""
    assert drill("new", "pair_sum").exit_code == 0
    problem_dir = empty_catalogue / "problems" / "pair_sum"
    solutions = empty_catalogue / "solutions" / "pair_sum"
    source = ROOT / "problems" / "two_sum"

    def copy(src, dst):
        dst.write_text(src.read_text().replace("two_sum", "pair_sum"))

    for name in ("prompt.md", "stub.py", "tests/test_examples.py", "tests/test_hidden.py"):
        copy(source / name, problem_dir / name)
    copy(ROOT / "solutions/two_sum/reference.py", solutions / "reference.py")
    copy(ROOT / "solutions/two_sum/wrong_brute_force.py", solutions / "wrong_slow.py")
    copy(ROOT / "solutions/two_sum/wrong_adjacent_only.py", solutions / "wrong_subtle.py")
    toml = problem_dir / "problem.toml"
    filled = []
    for line in toml.read_text().replace('tags = ["todo"]', 'tags = ["array", "hash-map"]').splitlines():
        filled.append(line.split("# TODO")[0].rstrip().replace("TODO: ", ""))
    # the numbers two_sum's prompt and tests share
    facts = (source / "problem.toml").read_text().split("[facts]")[1].split("\n[")[0]
    toml.write_text("\n".join(filled) + "\n\n[facts]" + facts)
    result = drill("validate", "pair_sum")
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output


def test_new_refuses_an_existing_problem_and_changes_nothing(drill, empty_catalogue):
    assert drill("new", "window_max").exit_code == 0
    toml = empty_catalogue / "problems" / "window_max" / "problem.toml"
    toml.write_text(toml.read_text() + "# my edits\n")
    again = drill("new", "window_max", "--round", "ml")
    assert again.exit_code == 2 and "already exists" in again.output and "never overwrites" in again.output
    assert toml.read_text().endswith("# my edits\n")
    (empty_catalogue / "solutions" / "orphan").mkdir()
    half = drill("new", "orphan")
    assert half.exit_code == 2 and "solutions/orphan already exists" in half.output
    assert not (empty_catalogue / "problems" / "orphan").exists()


@pytest.mark.parametrize("bad", ["Two_Sum", "two-sum", "2sum", "x", "a" * 49, "two sum", "../evil", "_x"])
def test_new_refuses_bad_slugs(drill, empty_catalogue, bad):
    result = drill("new", bad)
    assert result.exit_code == 2 and "not a valid problem slug" in result.output and "e.g." in result.output
    assert not any(empty_catalogue.rglob("*.py"))


def test_new_refuses_a_title_that_would_break_the_toml(drill, empty_catalogue):
    result = drill("new", "window_max", "--title", 'say "hi"')
    assert result.exit_code == 2 and "no quotes" in result.output
    assert not (empty_catalogue / "problems" / "window_max").exists()


def test_the_real_catalogue_refuses_its_own_slugs(drill):
    result = drill("new", "two_sum")
    assert result.exit_code == 2 and "already exists" in result.output


def test_templates_exist_for_every_declared_wrong_solution():
    import tomllib

    for round_ in ("coding", "ml", "stats"):
        text = (scaffold.TEMPLATES / f"problem-{round_}.toml.tmpl").read_text().replace("$slug", "x_y")
        for name in tomllib.loads(text.replace("$title", "T").replace("$difficulty", "easy"))["wrong"]:
            assert (scaffold.TEMPLATES / f"wrong_{name}.py.tmpl").is_file()


# --- shell completion ---------------------------------------------------------------------------


@pytest.mark.parametrize(("shell", "marker"), [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete")])
def test_completion_prints_a_script_for_each_shell(drill, shell, marker):
    result = drill("completion", shell)
    assert result.exit_code == 0
    assert "_DRILL_COMPLETE" in result.output and marker in result.output


def test_completion_rejects_other_shells(drill):
    result = drill("completion", "powershell")
    assert result.exit_code == 2 and "bash" in result.output


def completions(args: list[str], incomplete: str) -> list[str]:
    from click.shell_completion import ShellComplete

    return [c.value for c in ShellComplete(cli, {}, "drill", "_DRILL_COMPLETE").get_completions(args, incomplete)]


def test_commands_and_slugs_complete():
    assert {"start", "stats", "status", "show", "solution"} <= set(completions([], "s"))
    assert "mock" in completions([], "mo") and "next" in completions(["mock"], "ne")
    assert completions(["show"], "two_") == ["two_sum"]
    assert completions(["hint"], "valid") == ["valid_parentheses"]
    assert "two_sum" in completions(["solution"], "")
    assert "--watch" in completions(["status"], "--")


def test_completion_through_the_environment_as_the_shell_calls_it(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "_DRILL_COMPLETE": "bash_complete",
           "COMP_WORDS": "drill start two_", "COMP_CWORD": "2"}
    proc = subprocess.run([sys.executable, "-m", "harness"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "plain,two_sum" in proc.stdout.splitlines()


def test_the_scaffold_staging_folder_is_never_left_behind(empty_catalogue, monkeypatch):
    """A failure while writing (here: the rename) leaves neither a half problem nor the staging folder."""
    from harness.errors import ProblemError

    def broken_rename(self, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(empty_catalogue), "rename", broken_rename)
    with pytest.raises(ProblemError, match="No space left"):
        scaffold.new_problem("window_max", root=empty_catalogue)
    assert sorted(p.name for p in empty_catalogue.iterdir()) == ["problems", "solutions"]
    assert not any((empty_catalogue / "problems").iterdir())
    assert not any((empty_catalogue / "solutions").iterdir())
