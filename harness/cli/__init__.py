"""The `drill` command line: parse, make one library call, render, set the exit code."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from harness import __version__
from harness.errors import DrillError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _console(stderr: bool = False):
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console.width = max(console.width, 120)  # logs and pipes: don't squeeze tables to 80 columns
    return console


def _print(lines) -> None:
    console = _console()
    for line in ([lines] if isinstance(lines, str) else lines):
        console.print(line)


class DrillGroup(click.Group):
    """Turns library errors into one message and an exit code, in one place."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DrillError as exc:
            click.echo(f"error: {exc.message}", err=True)
            if exc.hint:
                click.echo(f"  -> {exc.hint}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("\ninterrupted: nothing was recorded for the unfinished run", err=True)
            ctx.exit(130)


class SlugType(click.ParamType):
    """A problem slug from the catalogue; unknown ones get a 'did you mean'."""

    name = "SLUG"

    def convert(self, value, param, ctx):
        from harness.catalogue.loader import Catalogue

        try:
            catalogue = Catalogue()
        except DrillError as exc:
            self.fail(str(exc), param, ctx)
        if value not in catalogue.slugs():
            self.fail(f"unknown problem '{value}'; {catalogue.suggest(value)}", param, ctx)
        return value

    def shell_complete(self, ctx, param, incomplete):
        from click.shell_completion import CompletionItem
        from harness.catalogue.loader import Catalogue

        return [CompletionItem(s) for s in Catalogue().slugs() if s.startswith(incomplete)]


SLUG = SlugType()


class State:
    """What commands share: the workspace option, opened lazily."""

    def __init__(self, workspace_option: str | None) -> None:
        self.workspace_option = workspace_option

    def workspace(self, *, create: bool = False):
        from harness.practice.workspace import Workspace, resolve_workspace

        return Workspace(resolve_workspace(self.workspace_option), create=create)

    def existing_workspace(self):
        from harness.practice.workspace import Workspace, resolve_workspace

        root = resolve_workspace(self.workspace_option)
        if not root.is_dir():
            return None
        workspace = Workspace(root)
        return workspace if workspace.has_history() else None

    def catalogue(self):
        from harness.catalogue.loader import Catalogue

        return Catalogue()


pass_state = click.make_pass_decorator(State)


@click.group(cls=DrillGroup, context_settings=CONTEXT)
@click.option("--workspace", "-w", type=click.Path(file_okay=False), envvar="DRILL_WORKSPACE",
              help="Folder for your attempts and history [env: DRILL_WORKSPACE; default: the workspace "
                   "you are in, else ~/drill-workspace].")
@click.version_option(__version__, prog_name="drill")
@click.pass_context
def cli(ctx: click.Context, workspace: str | None) -> None:
    """Timed, auto-graded practice for ML and Applied Scientist coding interviews.

    \b
    Typical loop:
      drill list                 what there is to practise
      drill start two_sum        copy the stub, start the clock
      (edit solution.py in your editor)
      drill test                 run the visible examples
      drill grade                hidden tests: correctness, edge cases, complexity
    """
    ctx.obj = State(workspace)


@cli.command("list")
@click.option("--round", "round_", type=click.Choice(["coding", "ml", "stats"]), help="Only this interview round.")
@click.option("--tag", help="Only problems with this tag (e.g. hash-map, graph).")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), help="Only this difficulty.")
@pass_state
def list_cmd(state: State, round_: str | None, tag: str | None, difficulty: str | None) -> None:
    """List problems with your status and best time.

    Example: drill list --round coding --tag hash-map
    """
    from harness.practice import loop as practice
    from harness.grading.report import fmt_duration
    from rich.table import Table

    rows, broken = practice.list_problems(state.catalogue(), state.existing_workspace(), round=round_,
                                          tag=tag, difficulty=difficulty)
    for error in broken:
        click.echo(f"warning: skipped a broken problem: {error}", err=True)
    if not rows:
        click.echo("no problems match those filters")
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("slug", "round", "difficulty", "time box", "status", "best", "tags"):
        table.add_column(column)
    colours = {"solved": "green", "in progress": "yellow", "attempted": "red", "new": "dim"}
    for row in rows:
        p = row.problem
        table.add_row(p.slug, p.round, p.difficulty, f"{p.minutes} min",
                      f"[{colours[row.status]}]{row.status}[/]", fmt_duration(row.best) if row.best else "-",
                      ", ".join(p.tags))
    _console().print(table)


@cli.command()
@click.argument("slug", type=SLUG)
@pass_state
def show(state: State, slug: str) -> None:
    """Print a problem's prompt.

    Example: drill show two_sum
    """
    problem = state.catalogue().get(slug)
    click.echo(problem.prompt())
    click.echo(f"Time box: {problem.minutes} minutes.  Start with: drill start {slug}")


@cli.command()
@click.argument("slug", type=SLUG)
@click.option("--restart", is_flag=True, help="Start over even if an attempt is in progress "
              "(your current solution.py is kept in previous/).")
@pass_state
def start(state: State, slug: str, restart: bool) -> None:
    """Start a timed attempt: copy the stub to <workspace>/SLUG/solution.py.

    Example: drill start two_sum
    """
    from harness.practice import loop as practice

    workspace = state.workspace(create=True)
    problem, result = practice.start(state.catalogue(), workspace, slug, restart=restart)
    lines = [f"[bold]{problem.title}[/] ({problem.round}, {problem.difficulty}): the clock is running.",
             f"  edit:    {result.solution}",
             f"  prompt:  {result.prompt}",
             f"  time box: {problem.minutes} minutes"]
    if result.backup:
        lines.append(f"  your previous solution.py was kept as {result.backup}")
    lines += ["", f"Next: [bold]drill test {slug}[/] runs the examples; [bold]drill grade {slug}[/] "
              "runs the hidden tests."]
    _print(lines)


@cli.command()
@click.option("--watch", is_flag=True, help="A live countdown, refreshed every second (Ctrl-C stops it).")
@pass_state
def status(state: State, watch: bool) -> None:
    """Show attempts in progress with elapsed and remaining time.

    Example: drill status --watch
    """
    from harness.practice import loop as practice
    from harness.grading.report import fmt_duration

    if watch:
        from harness.cli.planning import watch_status

        return watch_status(state)
    workspace = state.existing_workspace()
    current = practice.status(workspace) if workspace else []
    if not current:
        click.echo("no attempt in progress; start one with: drill start two_sum")
        return
    lines = []
    for s in current:
        left = (f"[green]{fmt_duration(s.remaining)} left[/]" if s.remaining >= 0
                else f"[red]{fmt_duration(-s.remaining)} over the time box[/]")
        lines.append(f"[bold]{s.attempt.slug}[/]  {fmt_duration(s.elapsed)} elapsed of "
                     f"{s.attempt.minutes} min, {left}  ({s.solution})")
    _print(lines)


def _grading_options(fn):
    fn = click.option("--seed", type=click.IntRange(0, 2**31 - 1), help="Replay a run with this seed.")(fn)
    fn = click.option("--json", "json_path", type=click.Path(dir_okay=False, writable=True),
                      help="Also write the report as JSON (versioned format).")(fn)
    fn = click.option("--junit", "junit_path", type=click.Path(dir_okay=False, writable=True),
                      help="Also write the report as JUnit XML.")(fn)
    fn = click.option("--verbose", "-v", is_flag=True, help="Show every failure.")(fn)
    return click.argument("slug", type=SLUG, required=False)(fn)


def _run(state: State, kind: str, slug, seed, json_path, junit_path, verbose) -> None:
    from harness.practice import loop as practice
    from harness.grading import report as rep

    result = practice.run(state.catalogue(), state.workspace(), slug, kind=kind, seed=seed)
    _print(rep.render_text(result, verbose=verbose))
    if json_path:
        rep.write_json(result, Path(json_path))
    if junit_path:
        rep.write_junit([result], Path(junit_path))
    if kind == "test" and result.passed:
        _print(f"Examples pass. Next: [bold]drill grade {result.slug}[/]")
    sys.exit(0 if result.passed else 1)


@cli.command()
@_grading_options
@pass_state
def test(state: State, slug, seed, json_path, junit_path, verbose) -> None:
    """Run the visible examples against your solution (SLUG: default, the attempt you are in).

    Example: drill test two_sum
    """
    _run(state, "test", slug, seed, json_path, junit_path, verbose)


@cli.command()
@_grading_options
@pass_state
def grade(state: State, slug, seed, json_path, junit_path, verbose) -> None:
    """Grade your solution on the hidden tests: correctness, edge cases, complexity.

    Exit status 0 when everything passes, 1 otherwise. Example: drill grade two_sum --json report.json
    """
    _run(state, "grade", slug, seed, json_path, junit_path, verbose)


@cli.command()
@click.argument("slug", type=SLUG, required=False)
@click.option("--limit", type=click.IntRange(1, 10_000), default=30, show_default=True, help="Most recent N events.")
@pass_state
def history(state: State, slug: str | None, limit: int) -> None:
    """Show your starts, test runs, grades, hints, solutions seen and mocks, newest first.

    The latest mock's scorecard follows the table. Example: drill history two_sum
    """
    from harness.practice import loop as practice

    workspace = state.existing_workspace()
    events = practice.history(workspace, slug, limit) if workspace else []
    if not events:
        click.echo("no history yet; start with: drill start two_sum")
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    from harness import categories

    shown = [c.name for c in categories.columns(c for e in events for c in e.categories)]
    from harness.cli.planning import event_note, print_mock_scorecards

    for column in ("when", "problem", "event", "result", *(categories.LABELS[c] for c in shown), "seed"):
        table.add_column(column, no_wrap=True)
    table.add_column("notes")  # wraps, so the columns before it keep their width
    for e in events:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(e.at))
        if e.passed is None:
            result = ""
        else:
            result = "[green]passed[/]" if e.passed else "[red]failed[/]"
        cats = [("{}/{}".format(*e.categories[c]) if c in e.categories else "") for c in shown]
        table.add_row(when, e.slug, e.kind, result, *cats, str(e.seed or ""), event_note(e))
    console = _console()
    if not console.is_terminal:
        console.width = max(console.width, 160)  # room for the notes column in logs and pipes
    console.print(table)
    print_mock_scorecards(workspace, events)


@cli.command()
@click.argument("slugs", nargs=-1, type=SLUG)
@click.option("--seed", type=click.IntRange(0, 2**31 - 1), default=20240601, show_default=True)
def validate(slugs: tuple[str, ...], seed: int) -> None:
    """Check problems: schema valid, reference passes, stub fails, each wrong solution fails where declared.

    With no SLUG, checks the whole catalogue. Example: drill validate two_sum
    """
    from harness.catalogue.loader import Catalogue
    from harness.grading.validate import validate_catalogue

    t0 = time.perf_counter()
    checks = validate_catalogue(Catalogue(), list(slugs) or None, seed=seed)
    lines = []
    for c in checks:
        mark = "[green]ok[/]  " if c.ok else "[red]FAIL[/]"
        lines.append(f"{mark} {c.slug}: {c.name}" + (f"\n       {c.detail}" if c.detail else ""))
    bad = [c for c in checks if not c.ok]
    problems = len({c.slug for c in checks})
    lines.append(f"\n{problems} problem(s), {len(checks)} checks, {len(bad)} failed, "
                 f"{time.perf_counter() - t0:.1f} s")
    _print(lines)
    sys.exit(1 if bad else 0)


from harness.cli import planning as cli_practice  # noqa: E402,F401


from harness.cli import ci as cli_ci  # noqa: E402,F401


def main() -> None:
    cli(prog_name="drill")


if __name__ == "__main__":
    main()
