"""The CLI's shape: every command and subcommand documents itself (sqlite-utils' test_docs), and
the command families and practice services keep their imports at the top of each module."""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest

import harness
from harness.cli import cli

PACKAGE = Path(harness.__file__).resolve().parent
CHECKED = ("cli", "practice")  # the subpackages whose imports are checked here


def walk(group: click.Group, path: tuple[str, ...] = ()):
    """(command path, command) for every command under `group`, subcommands included."""
    for name, command in sorted(group.commands.items()):
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from walk(command, (*path, name))


ALL_COMMANDS = list(walk(cli))


def test_the_walk_reaches_subcommands():
    paths = {" ".join(p) for p, _ in ALL_COMMANDS}
    assert {"list", "grade", "mock", "mock start", "mock show", "ci", "init", "new", "completion"} <= paths


@pytest.mark.parametrize("path", [p for p, _ in ALL_COMMANDS], ids=" ".join)
def test_every_command_and_subcommand_has_help_text(drill, path):
    command = dict(ALL_COMMANDS)[path]
    assert command.help and len(command.help.strip()) > 20, f"drill {' '.join(path)} has no help text"
    assert command.get_short_help_str(), f"drill {' '.join(path)} has no one-line summary"
    result = drill(*path, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ") and " ".join(path) in result.output.splitlines()[0]
    assert command.help.strip().splitlines()[0][:40] in result.output


def test_a_command_without_help_is_caught():
    """The check above would notice a command added without a docstring."""
    bare = click.Group("drill", commands={"quiet": click.Command("quiet", callback=lambda: None)})
    [(path, command)] = list(walk(bare))
    assert path == ("quiet",) and not command.help


# --- imports ------------------------------------------------------------------------------------
# Cycles, private names across modules, module size and docstrings are checked for the whole
# package by test_architecture.py; what it does not see is an import hidden below the code.


def late_imports(file: Path) -> list[str]:
    """Module-level imports below the first statement that is not an import or the docstring."""
    late, seen_code = [], False
    for node in ast.parse(file.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            if seen_code:
                late.append(f"{file.name}:{node.lineno}")
        elif not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            seen_code = True
    return late


def test_imports_sit_at_the_top_of_each_module():
    """A module-level import below the code is how the old CLI hid its import cycles."""
    files = [f for package in CHECKED for f in (PACKAGE / package).rglob("*.py")]
    assert len(files) > 8
    assert not [bad for file in files for bad in late_imports(file)]


def test_a_late_import_is_caught(tmp_path):
    old = tmp_path / "old.py"
    old.write_text('"""doc."""\nimport click\n\ncli = 1\n\nfrom harness.cli import planning  # noqa: E402\n')
    assert late_imports(old) == ["old.py:6"]
