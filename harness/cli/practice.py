"""The practice loop's commands: list, show, start, status (and its live --watch view), test,
grade, history, hint and solution. Each parses, makes one library call, renders and sets the
exit code; `list`, `show`, `start` and `status` must not import numpy or torch."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from harness.cli.app import (
    DIFFICULTIES,
    ROUNDS,
    SLUG,
    State,
    check_isolation_setting,
    clock,
    esc,
    fmt_duration,
    make_console,
    pass_state,
    print_lines,
    print_table,
    when,
)
from harness.cli.planning import scorecard_table
from harness.errors import UsageError

WATCH_TICK = 1.0  # seconds between refreshes of `drill status --watch`
sleep = time.sleep  # tests replace it (and clock) to drive the watch loop without waiting


@click.command("list")
@click.option("--round", "round_", type=click.Choice(ROUNDS), help="Only this interview round.")
@click.option("--tag", help="Only problems with this tag (e.g. hash-map, graph).")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Only this difficulty.")
@pass_state
def list_cmd(state: State, round_: str | None, tag: str | None, difficulty: str | None) -> None:
    """List problems with your status and best time.

    Example: drill list --round coding --tag hash-map
    """
    from rich.table import Table

    from harness.practice import loop as practice

    rows, broken = practice.list_problems(state.catalogue(), state.existing_workspace(), round=round_,
                                          tag=tag, difficulty=difficulty)
    for error in broken:
        click.echo(f"warning: skipped a broken problem: {error}", err=True)
    if not rows:
        click.echo("no problems match those filters")
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("slug", "round", "difficulty", "time box", "status", "best", "tags"):
        table.add_column(column, no_wrap=column != "tags")
    colours = {"solved": "green", "in progress": "yellow", "attempted": "red", "new": "dim"}
    for row in rows:
        p = row.problem
        table.add_row(p.slug, p.round, p.difficulty, f"{p.minutes} min",
                      f"[{colours[row.status]}]{row.status}[/]", best_time(row),
                      ", ".join(p.tags))
    print_table(table)


def best_time(row) -> str:
    """The fastest solve, marked when even that one ran over the time box."""
    if not row.best:
        return "-"
    over = row.best > row.problem.minutes * 60
    return fmt_duration(row.best) + (" [red](over box)[/]" if over else "")


@click.command()
@click.argument("slug", type=SLUG)
@pass_state
def show(state: State, slug: str) -> None:
    """Print a problem's prompt.

    Example: drill show two_sum
    """
    problem = state.catalogue().get(slug)
    click.echo(problem.prompt())
    click.echo(f"Time box: {problem.minutes} minutes.  Start with: drill start {slug}")


@click.command()
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
             f"  edit:    {esc(result.solution)}",
             f"  prompt:  {esc(result.prompt)}",
             f"  time box: {problem.minutes} minutes"]
    if result.backup:
        lines.append(f"  your previous solution.py was kept as {esc(result.backup)}")
    lines += ["", (f"Next: [bold]drill test {slug}[/] runs the examples; [bold]drill grade {slug}[/] "
                   "runs the hidden tests.")]
    print_lines(lines)


@click.command()
@click.argument("slug", type=SLUG, required=False)
@pass_state
def abandon(state: State, slug: str | None) -> None:
    """Give up the attempt in progress (SLUG: default, the attempt you are in): recorded, no grade.

    The attempt stays in your history as abandoned and is left out of the time statistics;
    your solution.py is kept. To start over at once instead: drill start SLUG --restart.
    Example: drill abandon two_sum
    """
    from harness.practice import loop as practice

    workspace = state.existing_workspace()
    if workspace is None:
        raise UsageError("no attempt in progress to abandon", hint="drill status lists attempts in progress")
    ended = practice.abandon(workspace, slug, cwd=Path.cwd())
    print_lines([f"abandoned [bold]{ended.slug}[/] after {fmt_duration(ended.elapsed())} "
                 f"(time box {ended.minutes} min): recorded in your history, left out of time statistics.",
                 f"Your code stays in {esc(workspace.solution_path(ended.slug))}; "
                 f"[bold]drill start {ended.slug}[/] begins a new attempt (keeping that file as a backup)."])


@click.command()
@click.option("--watch", is_flag=True, help="A live countdown, refreshed every second (Ctrl-C stops it).")
@pass_state
def status(state: State, watch: bool) -> None:
    """Show attempts in progress with elapsed and remaining time.

    Example: drill status --watch
    """
    from harness.practice import loop as practice

    if watch:
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
                     f"{s.attempt.minutes} min, {left}  ({esc(s.solution)})")
    print_lines(lines)


def watch_status(state: State) -> None:
    """A live countdown of the attempts in progress, refreshed every second until Ctrl-C (exit 0)
    or until no attempt is left in progress."""
    from rich.live import Live

    from harness.practice import loop as practice

    workspace = state.existing_workspace()
    current = practice.status(workspace, now=clock()) if workspace else []
    if not current:
        click.echo("no attempt in progress; start one with: drill start two_sum")
        return
    console = make_console()
    try:
        with Live(watch_view(current), console=console, auto_refresh=False) as live:
            while True:
                sleep(WATCH_TICK)
                current = practice.status(workspace, now=clock())
                live.update(watch_view(current), refresh=True)
                if not current:
                    break
    except KeyboardInterrupt:
        pass
    if not console.is_terminal:
        console.line()  # a terminal's Live ends its last frame with a newline; a pipe's does not
    click.echo("stopped watching; the clock keeps running (drill status)" if current
               else "no attempt in progress any more")


def watch_view(current):
    """One frame of `drill status --watch`: a table of the attempts in progress and their clocks."""
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False,
                  caption="Ctrl-C stops watching; the clock keeps running", caption_justify="left")
    for column in ("problem", "elapsed", "time box", "left"):
        table.add_column(column, no_wrap=True)
    for s in current:
        left = (f"[green]{fmt_duration(s.remaining)}[/]" if s.remaining >= 0
                else f"[red]-{fmt_duration(-s.remaining)} (over)[/]")
        table.add_row(s.attempt.slug, fmt_duration(s.elapsed), f"{s.attempt.minutes} min", left)
    return table


def _grading_options(fn):
    fn = click.option("--seed", type=click.IntRange(0, 2**31 - 1), help="Replay a run with this seed.")(fn)
    fn = click.option("--json", "json_path", type=click.Path(dir_okay=False),
                      help="Also write the report as JSON (versioned format).")(fn)
    fn = click.option("--junit", "junit_path", type=click.Path(dir_okay=False),
                      help="Also write the report as JUnit XML.")(fn)
    fn = click.option("--verbose", "-v", is_flag=True, help="Show every failure.")(fn)
    fn = click.option("--watch", is_flag=True,
                      help="Run again on every save of solution.py, from a warm worker (Ctrl-C stops).")(fn)
    return click.argument("slug", type=SLUG, required=False)(fn)


def _run(state: State, kind: str, slug, seed, json_path, junit_path, verbose, watch=False) -> None:
    from harness.cli import outputs as out
    from harness.grading import report as rep
    from harness.practice import loop as practice

    check_isolation_setting()
    files = out.outputs_of(json=("--json", json_path), junit=("--junit", junit_path))
    out.check_outputs(files)  # before grading: a bad path must not cost a grade
    from harness.cli.progress import StatusLine
    from harness.grading.progress import GradeProgress

    def run_once(slug, grader=None):
        tracker = GradeProgress("grading" if kind == "grade" else "running the examples")
        with StatusLine(tracker.line):
            result = practice.run(state.catalogue(), state.workspace(), slug, kind=kind, seed=seed,
                                  progress=tracker, grader=grader)
        print_lines(rep.render_text(result, verbose=verbose))
        writers = {"json": lambda path: rep.write_json(result, path),
                   "junit": lambda path: rep.write_junit([result], path)}
        failed = write_outputs([(f, writers[f.kind]) for f in files])
        if kind == "test" and result.passed:
            print_lines(f"Examples pass. Next: [bold]drill grade {result.slug}[/]")
        return result.passed and not failed

    if watch:
        from harness.cli.watch import watch as watch_loop

        watch_loop(state, kind, slug, run_once)
        return
    sys.exit(0 if run_once(slug) else 1)


def write_outputs(writes) -> list[str]:
    """Write each report on its own, say where each went, and report (stderr) the ones that failed."""
    from harness.cli import outputs as out

    written, failed = out.write_each(writes)
    for path in written:
        click.echo(f"report written to {path}")
    for message in failed:
        click.echo(f"error: {message}", err=True)
    return failed


@click.command()
@_grading_options
@pass_state
def test(state: State, slug, seed, json_path, junit_path, verbose, watch) -> None:
    """Run the visible examples against your solution (SLUG: default, the attempt you are in).

    Example: drill test two_sum
    """
    _run(state, "test", slug, seed, json_path, junit_path, verbose, watch)


@click.command()
@_grading_options
@pass_state
def grade(state: State, slug, seed, json_path, junit_path, verbose, watch) -> None:
    """Grade your solution on the hidden tests: correctness, edge cases, complexity.

    Exit status 0 when everything passes, 1 otherwise. Example: drill grade two_sum --json report.json
    """
    _run(state, "grade", slug, seed, json_path, junit_path, verbose, watch)


@click.command()
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

    for column in ("when", "problem", "event", "result", *(categories.LABELS[c] for c in shown), "seed"):
        table.add_column(column, no_wrap=True)
    table.add_column("notes")  # wraps, so the columns before it keep their width
    for e in events:
        result = "" if e.passed is None else "[green]passed[/]" if e.passed else "[red]failed[/]"
        cats = [("{}/{}".format(*e.categories[c]) if c in e.categories else "") for c in shown]
        table.add_row(when(e.at), e.slug, e.kind, result, *cats, str(e.seed or ""), event_note(e))
    console = make_console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = max(console.width, 160)  # room for the notes column in logs and pipes
    print_table(table, console)
    print_mock_scorecards(workspace, events)


def event_note(event) -> str:
    """The notes column of `drill history`: help used on a grade, the hint level, mock summaries."""
    if event.kind in ("hint", "solution", "mock"):
        return event.summary
    if event.kind == "abandon":
        return f"abandoned after {fmt_duration(event.detail.get('elapsed'))}, no grade"
    notes = []
    if event.detail.get("hints_used"):
        notes.append(f"hints used: {event.detail['hints_used']}")
    if event.detail.get("solution_seen"):
        notes.append("solution seen")
    return ", ".join(notes)


def print_mock_scorecards(workspace, events) -> None:
    """Below the history table: the scorecard of the latest mock that finished in the listed events."""
    ended = [e for e in events if e.kind == "mock" and e.detail.get("phase") == "end"]
    if not ended:
        return
    found = workspace.store.mock(ended[0].detail["mock_id"])
    if found.scorecard:
        click.echo("")
        print_table(scorecard_table(found.scorecard))
        if len(ended) > 1:
            click.echo("Earlier scorecards: drill mock show N (drill mock lists them).")


@click.command()
@click.argument("slug", type=SLUG)
@click.option("--all", "all_levels", is_flag=True, help="Show every hint at once.")
@pass_state
def hint(state: State, slug: str, all_levels: bool) -> None:
    """Show the next hint for a problem: each call reveals one more level (gentle first).

    Hints are recorded with the attempt in progress and shown with its grade. Example: drill hint two_sum
    """
    from rich.markup import escape

    from harness.practice import loop as practice

    workspace = state.workspace(create=True)
    given = practice.hint(state.catalogue(), workspace, slug, all_levels=all_levels)
    total = len(given.problem.hints)
    lines = []
    if given.new == 0:
        lines.append(f"You have seen every hint for {slug} ({total} of {total}):")
    for level, text in given.shown:
        fresh = level > given.revealed - given.new
        style = "bold" if fresh else "dim"
        lines.append(f"[{style}]Hint {level} of {total}:[/] {escape(text)}")
    current = workspace.store.in_progress(slug)
    if current:
        lines.append(f"[dim]recorded: {current[0].hints_used} hint(s) used on this attempt[/]")
    else:
        lines.append("[dim]no attempt in progress: recorded in your history only[/]")
    if given.revealed < total:
        lines.append(f"Next: [bold]drill hint {slug}[/] reveals hint {given.revealed + 1} of {total}.")
    else:
        lines.append(f"No more hints. Grade what you have ([bold]drill grade {slug}[/]); after a grade, "
                     f"[bold]drill solution {slug}[/] shows the reference solution.")
    print_lines(lines)


@click.command()
@click.argument("slug", type=SLUG)
@click.option("--force", is_flag=True, help="Show it before you have graded an attempt (asks first).")
@click.option("--yes", "-y", is_flag=True, help="With --force: do not ask.")
@pass_state
def solution(state: State, slug: str, force: bool, yes: bool) -> None:
    """Show a problem's reference solution and its key idea, once you have graded an attempt.

    Seeing it is recorded: the attempt in progress is marked 'solution seen' in history and
    stats. Example: drill solution two_sum
    """
    from harness.practice import loop as practice

    if yes and not force:
        raise UsageError("--yes answers the question that --force asks; it does nothing alone",
                         hint=f"drill solution {slug} --force --yes shows it before a grade without asking")
    workspace = state.workspace(create=True)
    if force and not yes and not practice.has_graded(workspace, slug):
        question = (f"You have not graded {slug} yet. See the reference solution anyway? "
                    "(recorded; your attempt is marked 'solution seen')")
        try:
            confirmed = click.confirm(question, default=False)
        except click.Abort:  # no answer (end of input): the same as no
            confirmed = False
        if not confirmed:
            click.echo("\nnothing shown, nothing recorded")
            sys.exit(1)
    shown = practice.solution(state.catalogue(), workspace, slug, force=force)
    from rich.syntax import Syntax

    console = make_console()
    console.print(f"[bold]{shown.problem.title}[/] ({slug}): reference solution")
    if shown.problem.idea:
        console.print(f"[bold]Key idea:[/] {esc(shown.problem.idea)}")
    console.print(Syntax(shown.source, "python", theme="ansi_dark", background_color="default"))
    marked = "your attempt in progress is marked 'solution seen'" if shown.attempt else "recorded in your history"
    console.print(f"[dim]{esc(shown.path)} · {marked}[/]")


COMMANDS = (list_cmd, show, start, abandon, status, test, grade, history, hint, solution)
