"""The package's shape: which process's code may import what, no cycles, no private reach-ins, small modules.

The folders of `harness/` follow the processes drill runs in (README, "Layout"). These tests read
every module's imports from its source (lazy imports inside functions included) and hold them
to that picture, so a change that makes the worker import the grader, or the CLI reach into a
private helper, fails here rather than in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parent.parent / "harness"
MAX_LINES = 600

# Which top-level parts of the package each part may import (itself always allowed). The worker
# runs the submission and trusts nothing; the trusted test process may reach the worker only
# through isolation/ and protocol/; the CLI and services never run submitted code themselves.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "categories": set(),
    "protocol": {"errors", "categories", "complexity"},
    "complexity": {"errors"},
    "worker": {"errors", "protocol", "complexity"},
    "isolation": {"errors", "protocol"},
    "trusted": {"errors", "categories", "protocol", "complexity", "isolation", "worker", "catalogue"},
    "authoring": {"trusted"},
    "catalogue": {"errors", "categories"},
    "grading": {"errors", "categories", "protocol", "complexity", "isolation", "catalogue", "worker"},
    "practice": {"errors", "categories", "catalogue", "grading"},
    "ci": {"errors", "categories", "catalogue", "grading"},
    "cli": {"errors", "categories", "catalogue", "grading", "practice", "ci", "isolation"},
    "__main__": {"cli"},
    "__init__": set(),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(HARNESS.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(HARNESS.rglob("*.py")) if "__pycache__" not in p.parts}


def part_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def resolve(name: str) -> str | None:
    """The harness module a dotted name refers to (a module, or a name inside one)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str) -> list[tuple[str, list[str], int]]:
    """(imported harness module, names taken from it, line) for every import in the module."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = resolve(alias.name)
                if target:
                    found.append((target, [], node.lineno))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                target = resolve(f"{base}.{alias.name}") if base else None
                if target and target == f"{base}.{alias.name}":
                    found.append((target, [], node.lineno))  # a submodule
                elif (target := resolve(base)) is not None:
                    found.append((target, [alias.name], node.lineno))
    return found


def test_every_module_is_found():
    assert "harness.cli" in MODULES and "harness.worker.main" in MODULES, sorted(MODULES)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_is_small_and_documented(module):
    path = MODULES[module]
    text = path.read_text()
    lines = text.count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(HARNESS.parent)} has {lines} lines; split it by responsibility"
    if text.strip():
        assert ast.get_docstring(ast.parse(text)), f"{path.relative_to(HARNESS.parent)} has no module docstring"


def test_parts_import_only_what_their_process_may_use():
    wrong = []
    for module in MODULES:
        part = part_of(module)
        assert part in ALLOWED, f"{module}: harness/{part} is not in ALLOWED; add it with the parts it may import"
        for target, _names, line in imports_of(module):
            other = part_of(target)
            if other != part and other not in ALLOWED[part] and target != "harness":
                wrong.append(f"{module}:{line} imports {target} ({part} may import {sorted(ALLOWED[part])})")
    assert not wrong, "\n".join(wrong)


def test_no_private_names_across_modules():
    wrong = []
    for module in MODULES:
        aliases = {}
        for target, names, line in imports_of(module):
            for name in names:
                if name.startswith("_") and not name.startswith("__") and target != module:
                    wrong.append(f"{module}:{line} imports {target}.{name}")
        path = MODULES[module]
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname and resolve(alias.name) == alias.name:
                        aliases[alias.asname] = alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("harness"):
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    if full in MODULES:
                        aliases[alias.asname or alias.name] = full
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in aliases and node.attr.startswith("_") and not node.attr.startswith("__")
                    and aliases[node.value.id] != module):
                wrong.append(f"{module}:{node.lineno} uses {aliases[node.value.id]}.{node.attr}")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles():
    graph = {m: {t for t, _n, _l in imports_of(m) if t != m} for m in MODULES}
    # A package's __init__ is imported with each of its modules; an edge into a package counts
    # only where the package module itself holds code.
    cycles, state, stack = [], {}, []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(" -> ".join([*stack[stack.index(nxt):], nxt]))
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_checks_catch_what_they_guard(tmp_path, monkeypatch):
    """The graph readers above find a private import, a cycle and a forbidden import when present."""
    fake = tmp_path / "harness"
    (fake / "worker").mkdir(parents=True)
    (fake / "cli").mkdir()
    (fake / "__init__.py").write_text('"""x."""\n')
    (fake / "worker" / "__init__.py").write_text('"""x."""\n')
    (fake / "cli" / "__init__.py").write_text('"""x."""\nfrom harness.worker.main import _secret\n')
    (fake / "worker" / "main.py").write_text('"""x."""\nfrom harness.cli import main\n_secret = 1\n')
    monkeypatch.setitem(globals(), "HARNESS", fake)
    monkeypatch.setitem(globals(), "MODULES", {module_name(p): p for p in fake.rglob("*.py")})
    with pytest.raises(AssertionError, match="imports harness.worker.main._secret"):
        test_no_private_names_across_modules()
    with pytest.raises(AssertionError, match="import cycles"):
        test_no_import_cycles()
    with pytest.raises(AssertionError, match="harness.worker.main:2 imports harness.cli"):
        test_parts_import_only_what_their_process_may_use()
