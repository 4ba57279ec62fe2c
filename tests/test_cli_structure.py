"""The CLI's shape: every command and subcommand documents itself, and the command families and
practice services import each other without cycles, late imports or private names."""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest

import harness
from harness.cli import cli

PACKAGE = Path(harness.__file__).resolve().parent
CHECKED = ("harness.cli", "harness.practice")  # the packages these rules are enforced on here


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


def modules() -> dict[str, Path]:
    out = {}
    for file in PACKAGE.rglob("*.py"):
        parts = list(file.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = file
    return out


def imports(name: str, file: Path, known: dict[str, Path]) -> list[tuple[str, str, int]]:
    """(imported module, imported name or '', line) for every harness import in the file,
    at module level or inside functions; `from pkg import sub` counts as importing pkg.sub."""
    found = []
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, "", node.lineno) for a in node.names if a.name.startswith("harness")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("harness"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.append((sub, "", node.lineno) if sub in known else (node.module, alias.name, node.lineno))
    return [f for f in found if f[0] != name]


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def checked(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in CHECKED)


def test_no_import_cycle_runs_through_the_cli_or_practice():
    known = modules()
    graph = {name: {m for m, _, _ in imports(name, file, known) if m in known} for name, file in known.items()}
    assert not [c for c in cycles(graph) if any(checked(m) for m in c)]


def test_the_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
    assert cycles({"a": {"b"}, "b": set()}) == []


def private_imports(name: str, file: Path, known: dict[str, Path]) -> list[str]:
    return [f"{file.name}:{line} imports {imported} from {module}"
            for module, imported, line in imports(name, file, known)
            if imported.startswith("_") and not imported.endswith("__")]  # dunders such as __version__ are public


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


def test_no_private_name_is_imported_from_another_module():
    known = modules()
    assert not [bad for mod, file in known.items() if checked(mod) for bad in private_imports(mod, file, known)]


def test_imports_sit_at_the_top_of_each_module():
    """A module-level import below the code is how the old CLI hid its cycles."""
    assert not [bad for mod, file in modules().items() if checked(mod) for bad in late_imports(file)]


def test_the_import_checks_catch_what_the_old_cli_did(tmp_path):
    old = tmp_path / "old.py"
    old.write_text('"""doc."""\nimport click\nfrom harness.cli import _console\n\ncli = 1\n\n'
                   "from harness.cli import planning  # noqa: E402\n")
    known = {"harness.cli": old, "harness.cli.planning": old}
    assert private_imports("harness.old", old, known) == ["old.py:3 imports _console from harness.cli"]
    assert late_imports(old) == ["old.py:7"]


MAX_LINES = 600


def test_every_module_stays_under_the_size_limit():
    long = [f"{mod}: {n} lines" for mod, file in modules().items() if checked(mod)
            for n in [len(file.read_text(encoding="utf-8").splitlines())] if n > MAX_LINES]
    assert not long
