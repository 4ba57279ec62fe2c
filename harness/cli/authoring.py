"""The authoring commands: `drill new` scaffolds a problem, `drill validate` proves problems
(schema, reference and alternatives pass, stub fails, each wrong solution fails where it declares)."""

from __future__ import annotations

import sys
import time

import click

from harness.cli.app import DIFFICULTIES, ROUNDS, SLUG, print_lines


@click.command()
@click.argument("slug")
@click.option("--round", "round_", type=click.Choice(ROUNDS), default="coding", show_default=True,
              help="The interview round: its template (complexity targets, tolerances, forbidden APIs).")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), default="medium", show_default=True)
@click.option("--title", help="The problem's title (default: from the slug).")
def new(slug: str, round_: str, difficulty: str, title: str | None) -> None:
    """Scaffold a problem for authors: problems/SLUG/ and solutions/SLUG/ from templates.

    Every file has TODO markers; `drill validate SLUG` fails until the reference solution and
    the tests are written. See AUTHORING.md. Example: drill new sliding_window_max --round coding
    """
    from harness.catalogue import scaffold

    made = scaffold.new_problem(slug, round=round_, difficulty=difficulty, title=title)
    lines = [f"Scaffolded [bold]{slug}[/] ({round_}, {difficulty}):"]
    lines += [f"  {path}" for path in made.files]
    lines += ["", f"{len(made.todos)} TODO markers to fill, e.g. {made.todos[0]}",
              f"List them: grep -rn TODO {made.problem_dir} {made.solutions_dir}",
              (f"Then: [bold]drill validate {slug}[/] (fails until the reference passes and the stub and "
               "wrong solutions fail).")]
    print_lines(lines)


@click.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@click.option("--seed", type=click.IntRange(0, 2**31 - 1), default=20240601, show_default=True)
def validate(slugs: tuple[str, ...], seed: int) -> None:
    """Check problems: schema valid, reference and every alt_*.py pass, stub fails, each wrong solution fails where declared.

    With no SLUG, checks the whole catalogue. Example: drill validate two_sum
    """
    from harness.catalogue.loader import Catalogue
    from harness.grading.validate import validate_catalogue

    t0 = time.perf_counter()
    from harness.cli.app import check_isolation_setting
    from harness.cli.progress import CountProgress, StatusLine

    check_isolation_setting()

    counter = CountProgress("problems")

    def on_problem(slug: str, index: int, total: int) -> None:
        counter.done, counter.total, counter.current = index, total, slug

    with StatusLine(counter.line):
        checks = validate_catalogue(Catalogue(), list(slugs) or None, seed=seed, on_problem=on_problem)
    lines = []
    for c in checks:
        mark = "[green]ok[/]  " if c.ok else "[red]FAIL[/]"
        lines.append(f"{mark} {c.slug}: {c.name}" + (f"\n       {c.detail}" if c.detail else ""))
    bad = [c for c in checks if not c.ok]
    problems = len({c.slug for c in checks})
    lines.append(f"\n{problems} problem(s), {len(checks)} checks, {len(bad)} failed, "
                 f"{time.perf_counter() - t0:.1f} s")
    print_lines(lines)
    sys.exit(1 if bad else 0)


COMMANDS = (new, validate)
