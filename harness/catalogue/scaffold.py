"""`drill new`: scaffold a problem from templates (harness/templates/new/), TODO markers included.

The templates pass the problem.toml schema, but a fresh scaffold fails `drill validate` with
clear messages until it is written: the reference raises and both test files hold a failing
placeholder, so the reference cannot pass, and each declared wrong solution must then fail in
its own category against the real tests.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path
from string import Template

from harness.catalogue.loader import DIFFICULTIES, PACKAGE_DIR, ROUNDS, catalogue_root, check_schema
from harness.errors import ProblemError, UsageError

TEMPLATES = PACKAGE_DIR / "templates" / "new"
SLUG_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,47}$")  # as in problem.schema.json
TODO = "TODO"


@dataclass(frozen=True)
class Scaffold:
    slug: str
    problem_dir: Path
    solutions_dir: Path
    files: tuple[Path, ...]
    todos: tuple[str, ...]  # "path:line" of every TODO marker written


def check_slug(slug: str) -> None:
    if not SLUG_PATTERN.match(slug):
        raise UsageError(f"'{slug}' is not a valid problem slug",
                         hint="use 2-48 characters: a lower-case letter, then lower-case letters, digits "
                         "or underscores (it is also the entrypoint's name), e.g. sliding_window_max")


def new_problem(slug: str, *, round: str = "coding", difficulty: str = "medium", title: str | None = None,
                root: Path | None = None) -> Scaffold:
    """Write problems/SLUG/ and solutions/SLUG/ under the catalogue root; refuse to touch anything
    that exists. The files are written to a temporary folder first and moved into place whole."""
    check_slug(slug)
    if round not in ROUNDS or difficulty not in DIFFICULTIES:
        raise UsageError(f"round must be one of {', '.join(ROUNDS)} and difficulty one of {', '.join(DIFFICULTIES)}")
    root = root or catalogue_root()
    problem_dir, solutions_dir = root / "problems" / slug, root / "solutions" / slug
    for folder in (problem_dir, solutions_dir):
        if folder.exists():
            raise UsageError(f"{folder} already exists; drill new never overwrites a problem",
                             hint=f"choose another slug, or edit the existing files (drill validate {slug})")
    if not (root / "problems").is_dir():
        raise ProblemError(f"{root / 'problems'}: no problems folder to add to",
                           hint="run drill new from a drill checkout, or set DRILL_CATALOGUE to one")
    values = {"slug": slug, "title": title or slug.replace("_", " ").title(), "difficulty": difficulty}
    if len(values["title"]) < 3 or '"' in values["title"] or "\\" in values["title"]:
        raise UsageError(f"title {values['title']!r}: use at least 3 characters and no quotes or backslashes")
    toml_text = _render(f"problem-{round}.toml.tmpl", values)
    wrong = tomllib.loads(toml_text)["wrong"]
    plan = {
        problem_dir / "problem.toml": toml_text,
        problem_dir / "prompt.md": _render("prompt.md.tmpl", values),
        problem_dir / "stub.py": _render("stub.py.tmpl", values),
        problem_dir / "tests" / "test_examples.py": _render("test_examples.py.tmpl", values),
        problem_dir / "tests" / "test_hidden.py": _render("test_hidden.py.tmpl", values),
        solutions_dir / "reference.py": _render("reference.py.tmpl", values),
        **{solutions_dir / f"wrong_{name}.py": _render(f"wrong_{name}.py.tmpl", values) for name in wrong},
    }
    check_schema(tomllib.loads(toml_text), problem_dir / "problem.toml")
    staging = root / f".drill-new-{slug}"
    if staging.exists():
        raise UsageError(f"{staging} is left over from an interrupted drill new",
                         hint="look inside, then remove it and run drill new again")
    try:
        for path, text in plan.items():
            target = staging / path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        (staging / "problems" / slug).rename(problem_dir)
        (staging / "solutions" / slug).rename(solutions_dir)
    except OSError as exc:
        raise ProblemError(f"cannot write the scaffold under {root} ({exc.strerror})",
                           hint="check the folder's permissions") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    files = tuple(plan)
    return Scaffold(slug, problem_dir, solutions_dir, files, tuple(find_todos(files, root)))


def _render(name: str, values: dict[str, str]) -> str:
    return Template((TEMPLATES / name).read_text(encoding="utf-8")).substitute(values)


def find_todos(files, root: Path) -> list[str]:
    """'path:line' for every line of the files that still holds a TODO marker."""
    out = []
    for path in files:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            if TODO in line:
                out.append(f"{Path(path).relative_to(root)}:{number}")
    return out
