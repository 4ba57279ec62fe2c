"""`drill validate`: prove a problem is sound: schema, reference and alternatives pass, stub and wrong solutions fail."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from harness.catalogue import facts
from harness.catalogue.loader import Catalogue, Problem, load_problem
from harness.catalogue.support import support_files
from harness.errors import DrillError
from harness.grading.grader import CATEGORY_MARKS, GradeOptions, Submission, grade, grade_batch
from harness.grading.results import Report


@dataclass(frozen=True)
class Check:
    slug: str
    name: str
    ok: bool
    detail: str = ""


def _declared_category(problem: Problem, path: Path) -> str | None:
    """The category a wrong solution's grading is narrowed to: the one it must fail in (a rules
    breach is found by the scan, whatever runs, so it meets every test)."""
    if not path.stem.startswith("wrong_"):
        return None
    declared = problem.wrong.get(path.stem.removeprefix("wrong_"))
    return declared if declared in CATEGORY_MARKS else None


def _grade_part(problem: Problem, part: list[tuple[Path, str]], seed: int) -> list[Report]:
    """Grade (file, kind) pairs of one problem in one trusted test process, one report each: the
    reference on the hidden tests and on the visible examples, each wrong solution on its own
    category only. One process per problem, not per kind and category, saves a pytest and a
    worker start-up (with torch, seconds) per group."""
    options = GradeOptions(kind="grade", seed=seed)
    if len(part) == 1:
        path, kind = part[0]
        return [grade(problem, path, GradeOptions(kind=kind, seed=seed,
                                                  category=_declared_category(problem, path)))]
    return grade_batch(problem, [Submission(p.read_bytes(), p.name, kind=kind,
                                            category=_declared_category(problem, p)) for p, kind in part],
                       options)


def _parts(work: list[tuple[str, Path, str]], jobs: int) -> list[list[tuple[Path, str]]]:
    """The gradings split into `jobs` batches (round robin, so that the slow ones spread)."""
    pairs = [(path, kind) for _name, path, kind in work]
    parts = max(1, min(jobs, len(pairs)))
    return [pairs[i::parts] for i in range(parts)]


def _failed_categories(report: Report) -> set[str]:
    failed = {c.category for c in report.categories if not c.ok}
    return failed | {"load"} if report.error else failed


def _first_failure(report: Report) -> str:
    if report.error:
        return report.error.splitlines()[0]
    failures = report.failures()
    return f"{failures[0].name}: {failures[0].message.splitlines()[0]}" if failures else ""


def _must_pass(path: Path) -> bool:
    """The reference and every alt_*.py: correct solutions that must pass every test."""
    return path.name == "reference.py" or path.name.startswith("alt_")


def plan(problem: Problem) -> list[tuple[str, Path, str]]:
    """(check name, file, kind) for every grading the validation needs."""
    solutions = problem.solutions_dir
    jobs = [("reference passes the hidden tests", solutions / "reference.py", "grade"),
            ("reference passes the visible examples", solutions / "reference.py", "test"),
            ("stub fails the hidden tests", problem.stub_path, "grade")]
    # Alternative correct solutions share the reference's groups, so they are graded in its batch.
    for alt in sorted(solutions.glob("alt_*.py")):
        jobs += [(f"{alt.name} passes the hidden tests", alt, "grade"),
                 (f"{alt.name} passes the visible examples", alt, "test")]
    for name in sorted(problem.wrong):
        jobs.append((f"wrong_{name}.py fails in {problem.wrong[name]}", solutions / f"wrong_{name}.py", "grade"))
    return jobs


def validate_problem(problem_or_dir: Problem | Path, *, seed: int = 20240601, jobs: int | None = None) -> list[Check]:
    # A Problem passed in is loaded again from its folder: the file may have changed since, and
    # "problem.toml is valid" must come from reading it, never be taken on trust.
    folder = problem_or_dir if isinstance(problem_or_dir, Path) else problem_or_dir.path
    try:
        problem = load_problem(folder)
    except DrillError as exc:
        return [Check(folder.name, "problem.toml is valid", False, str(exc))]
    slug = problem.slug
    checks = [Check(slug, "problem.toml is valid", True), check_prompt_facts(problem)]
    solutions = problem.solutions_dir
    if not (solutions / "reference.py").is_file():
        return checks + [Check(slug, "reference.py exists", False, f"{solutions / 'reference.py'} is missing")]
    declared = {f"wrong_{n}.py" for n in problem.wrong}
    present = {p.name for p in solutions.glob("wrong_*.py")}
    for name in sorted(present - declared):
        checks.append(Check(slug, f"{name} is declared", False,
                            f"add it to [wrong] in {problem.path / 'problem.toml'} with the category that rejects it"))
    for name in sorted(declared - present):
        checks.append(Check(slug, f"{name} exists", False, f"declared in problem.toml but {solutions / name} is missing"))
    if not problem.wrong:
        checks.append(Check(slug, "has a wrong solution", False, "declare at least one wrong_*.py in [wrong]"))
    checks.append(_no_placeholders(problem))
    work = [(name, path, kind) for name, path, kind in plan(problem) if path.is_file()]
    jobs = jobs or os.cpu_count() or 2
    parts = _parts(work, jobs)
    with ThreadPoolExecutor(max_workers=len(parts)) as pool:
        graded = list(pool.map(lambda part: _grade_part(problem, part, seed), parts))
    by_file = {(kind, path): report for part, reports in zip(parts, graded, strict=True)
               for (path, kind), report in zip(part, reports, strict=True)}
    reports = [by_file[(kind, path)] for _name, path, kind in work]
    for (name, path, _kind), report in zip(work, reports, strict=True):
        if _must_pass(path):
            checks.append(Check(slug, name, report.passed, "" if report.passed else _first_failure(report)))
        elif path == problem.stub_path:
            checks.append(Check(slug, name, not report.passed, "the stub passes: the tests check nothing?"
                                if report.passed else ""))
        else:
            expected = problem.wrong[path.stem.removeprefix("wrong_")]
            failed = _failed_categories(report)
            ok = expected in failed
            detail = "" if ok else (f"expected to fail in {expected}; failed in {sorted(failed) or 'nothing'}"
                                    + (f" ({_first_failure(report)})" if failed else ""))
            checks.append(Check(slug, name, ok, detail))
    return checks


def check_prompt_facts(problem: Problem) -> Check:
    """Every placeholder of prompt.md names a value, and every [facts] entry is both stated in the
    prompt and read by the tests: one source for the numbers the prompt states about the tests."""
    try:
        prompt = problem.prompt_source()
    except DrillError as exc:
        return Check(problem.slug, "prompt facts match the tests", False, str(exc))
    errors = facts.problems_in(prompt, facts.prompt_values(problem))
    stated = {name for name, _spec in facts.placeholders(prompt)}
    sources = [p.read_text(encoding="utf-8") for p in (*problem.tests_dir.glob("*.py"), *support_files(problem))]
    read = facts.facts_read(sources)
    for name in sorted(problem.facts):
        if name not in stated:
            errors.append(f"fact {name!r} is never stated in prompt.md (write {{{{ {name} }}}} where the prompt "
                          "gives the number, or remove the fact)")
        elif name not in read:
            errors.append(f"fact {name!r} is never read by the tests (use fact({name!r}) where they use the number)")
    for name in sorted(read - set(problem.facts)):
        errors.append(f"the tests read fact({name!r}) but [facts] in problem.toml has no {name!r}")
    detail = f"{problem.prompt_path}: " + "; ".join(errors) if errors else ""
    return Check(problem.slug, "prompt facts match the tests", not errors, detail)


def _no_placeholders(problem: Problem) -> Check:
    """A scaffold from `drill new` marks what is left to write; none of it may ship."""
    from harness.catalogue.scaffold import find_todos

    files = [p for p in (*problem.path.rglob("*"), *problem.solutions_dir.rglob("*"), *support_files(problem))
             if p.is_file() and p.suffix in (".py", ".md", ".toml")]
    files = list(dict.fromkeys(files))  # tests/support.py is found twice
    left = find_todos(files, problem.path.parent.parent)
    detail = f"fill in the TODO markers at {', '.join(left[:6])}" + (" ..." if len(left) > 6 else "") if left else ""
    return Check(problem.slug, "no scaffold placeholders left", not left, detail)


def validate_catalogue(catalogue: Catalogue, slugs: list[str] | None = None, *, seed: int = 20240601,
                       on_problem: Callable[[str, int, int], None] | None = None) -> list[Check]:
    """Every check of every problem, in catalogue order: one test process per problem and as many
    problems at a time as there are cores (a problem's own split would only add start-ups).
    `on_problem(slug, index, total)` hears each problem as it starts (from a worker thread)."""
    chosen = slugs or catalogue.slugs()

    def one(item: tuple[int, str]) -> list[Check]:
        index, slug = item
        if on_problem is not None:
            on_problem(slug, index, len(chosen))
        return validate_problem(catalogue.root / slug, seed=seed, jobs=1 if len(chosen) > 1 else None)

    jobs = min(os.cpu_count() or 2, len(chosen)) or 1
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(one, enumerate(chosen)))
    return [check for checks in results for check in checks]
