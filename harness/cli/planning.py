"""The practice commands: mock loops, next, stats, hint, solution, completion, new, and the live
`drill status --watch` view. Registered on the `drill` group when harness.cli imports this module."""

from __future__ import annotations

import sys
import textwrap
import time
from pathlib import Path

import click

from harness.cli import SLUG, State, _console, _print, cli, pass_state

ROUNDS = ("coding", "ml", "stats")  # as harness.catalogue.loader; not imported here, to keep start-up fast
DIFFICULTIES = ("easy", "medium", "hard")
WATCH_TICK = 1.0  # seconds between refreshes of `drill status --watch`
_sleep = time.sleep  # tests replace these two to drive the watch loop without waiting
_clock = time.time


def _fmt(seconds: float | None) -> str:
    from harness.grading.report import fmt_duration

    return fmt_duration(seconds)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _when(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


# --- drill mock ---------------------------------------------------------------------------------


@cli.group(invoke_without_command=True)
@click.pass_context
def mock(ctx: click.Context) -> None:
    """A mock interview loop: timed rounds, graded as you go, then a scorecard.

    \b
    Rounds: Coding #1 (data structures and algorithms, the problem's time box),
    Coding #2 (ML coding, 25 minutes) and, with --with-stats, Statistics.
    Each round starts an attempt in your workspace: solve it, `drill grade` it,
    then `drill mock next`. `drill mock end` stops early. With no subcommand:
    the mock in progress and your past mocks.

    Example: drill mock start --seed 7
    """
    if ctx.invoked_subcommand is not None:
        return
    state = ctx.find_object(State)
    workspace = state.existing_workspace()
    if workspace is None or not workspace.store.mocks():
        click.echo("no mocks yet; start one with: drill mock start")
        return
    if workspace.store.current_mock():
        _show_mock_status(workspace)
        click.echo("")
    _show_past_mocks(workspace)


@mock.command("start")
@click.option("--with-stats", is_flag=True, help="Add a statistics round after the two coding rounds.")
@click.option("--seed", type=click.IntRange(0, 2**31 - 1),
              help="Choose the same problems again (for the same history).")
@pass_state
def mock_start(state: State, with_stats: bool, seed: int | None) -> None:
    """Plan a mock from what you have not solved (or solved slowly) and start its first round.

    Example: drill mock start --with-stats
    """
    from harness.practice import plan

    workspace = state.workspace(create=True)
    started = plan.mock_start(state.catalogue(), workspace, with_stats=with_stats, seed=seed)
    played = [r for r in started.mock.rounds if r["slug"]]
    lines = [(f"[bold]Mock #{started.mock.id}[/] (seed {started.mock.seed}): {_plural(len(played), 'round')}, "
              "one after the other, each against its time box.")]
    lines += [f"  [yellow]skipped[/] {s}" for s in started.skipped]
    _print(lines)
    _announce_round(workspace, started.mock, started.backup)


def _announce_round(workspace, mock_, backup: str | None) -> None:
    rounds = [r for r in mock_.rounds if r["slug"]]
    for number, entry in enumerate(rounds, start=1):
        if entry["state"] != "running":
            continue
        slug = entry["slug"]
        lines = [(f"\n[bold]Round {number} of {len(rounds)}, {entry['label']}[/] ({entry['what']}): "
                  f"[bold]{entry['title']}[/] ({slug}), {entry['minutes']} minutes. The clock is running."),
                 f"  why this one: {entry['reason']}",
                 f"  edit:    {workspace.solution_path(slug)}",
                 f"  prompt:  {workspace.problem_dir(slug) / 'prompt.md'}"]
        if backup:
            lines.append(f"  your previous solution.py was kept as {backup}")
        lines += ["", (f"Next: [bold]drill test {slug}[/] and [bold]drill grade {slug}[/]; when it passes or the "
                       "time is up: [bold]drill mock next[/].  Clock: drill mock status (or drill status --watch)")]
        _print(lines)


@mock.command("status")
@pass_state
def mock_status(state: State) -> None:
    """Show the mock in progress: each round, its clock, and what to do next.

    Example: drill mock status
    """
    workspace = state.existing_workspace()
    if workspace is None or not workspace.store.current_mock():
        click.echo("no mock in progress; start one with: drill mock start")
        return
    _show_mock_status(workspace)


def _show_mock_status(workspace) -> None:
    from harness.practice import plan

    mock_, rounds = plan.mock_status(workspace, now=_clock())
    lines = [f"[bold]Mock #{mock_.id}[/] (started {_when(mock_.started_at)}, seed {mock_.seed})"]
    step = "finish with [bold]drill mock end[/]"
    for r in rounds:
        entry = r.entry
        head = f"  {entry['label']:<11} {entry['slug'] or '-':<24}"
        if entry["state"] == "skipped":
            lines.append(f"{head} [dim]skipped: {entry['note']}[/]")
        elif entry["state"] == "pending":
            lines.append(f"{head} waiting ({entry['minutes']} min)")
        elif entry["state"] == "done":
            lines.append(f"{head} {_result_words(entry)}")
        elif r.attempt and r.attempt.status == "solved":
            lines.append(f"{head} [green]solved in {_fmt(r.elapsed)}[/] of {entry['minutes']} min")
            step = "move on with [bold]drill mock next[/]"
        else:
            left = (f"[green]{_fmt(r.remaining)} left[/]" if r.remaining >= 0
                    else f"[red]{_fmt(-r.remaining)} over the time box[/]")
            lines.append(f"{head} running: {_fmt(r.elapsed)} of {entry['minutes']} min, {left}")
            step = (f"grade with [bold]drill grade {entry['slug']}[/]; when it passes or the time is up, "
                    "[bold]drill mock next[/]")
    lines.append(f"Next: {step}.")
    _print(lines)


def _result_words(entry: dict) -> str:
    result = entry["result"]
    time_part = f"{_fmt(result['elapsed'])} of {entry['minutes']} min"
    if result["solved"]:
        colour = "green" if result["within_box"] else "red"
        return f"[{colour}]solved in {time_part}[/]"
    return f"[red]unsolved[/] after {time_part}"


def _show_past_mocks(workspace) -> None:
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False, title="Your mocks", title_justify="left")
    for column in ("mock", "started", "rounds solved", "within the box", "problems"):
        table.add_column(column, no_wrap=True)
    for m in workspace.store.mocks():
        problems = ", ".join(r["slug"] for r in m.rounds if r["slug"])
        if m.scorecard:
            card = m.scorecard
            table.add_row(f"#{m.id}", _when(m.started_at), f"{card['solved']} of {card['played']}",
                          str(card["within_box"]), problems)
        else:
            table.add_row(f"#{m.id}", _when(m.started_at), "[yellow]in progress[/]", "", problems)
    _console().print(table)
    click.echo("A scorecard again: drill mock show N.  A new mock: drill mock start")


def _mock_workspace(state: State):
    from harness.errors import UsageError

    workspace = state.existing_workspace()
    if workspace is None:
        raise UsageError("no mock in progress", hint="start one: drill mock start")
    return workspace


@mock.command("next")
@pass_state
def mock_next(state: State) -> None:
    """End the current round (solved or not) and start the next; after the last, the scorecard.

    Example: drill mock next
    """
    from harness.practice import plan

    workspace = _mock_workspace(state)
    before = plan.current_mock(workspace)
    running = [r for r in before.rounds if r["state"] == "running"]
    step = plan.mock_next(state.catalogue(), workspace)
    for entry in step.mock.rounds:
        if running and entry["slug"] == running[0]["slug"] and entry["result"]:
            _print(f"{entry['label']} ({entry['slug']}): {_result_words(entry)}")
    if step.finished:
        _print_scorecard(step.mock.scorecard)
    else:
        _announce_round(workspace, step.mock, step.backup)


@mock.command("end")
@pass_state
def mock_end(state: State) -> None:
    """Finish the mock now and show its scorecard (rounds not reached are marked as such).

    Example: drill mock end
    """
    from harness.practice import plan

    finished = plan.mock_end(_mock_workspace(state))
    _print_scorecard(finished.scorecard)


@mock.command("show")
@click.argument("number", type=click.IntRange(1))
@pass_state
def mock_show(state: State, number: int) -> None:
    """Show the scorecard of a past mock (its number is in `drill mock`).

    Example: drill mock show 2
    """
    from harness.errors import HistoryError

    workspace = state.existing_workspace()
    if workspace is None:
        raise HistoryError("no history in this workspace yet", hint="start a mock: drill mock start")
    found = workspace.store.mock(number)
    if not found.scorecard:
        click.echo(f"mock #{number} is still in progress: drill mock status")
        return
    _print_scorecard(found.scorecard)


def scorecard_table(card: dict):
    """A mock's scorecard as a rich table: per round, solved or not, time against the box, the
    grade's categories, the complexity verdict, and any help used."""
    from rich.table import Table

    from harness import categories

    table = Table(box=None, header_style="bold", pad_edge=False,
                  title=f"Mock #{card['mock_id']} scorecard ({_when(card['started_at'])}, seed {card['seed']})",
                  title_justify="left")
    present = (c for r in card["rounds"] if r["result"] for c in r["result"]["categories"])
    graded = [c.name for c in categories.columns(present)
              if c is not categories.COMPLEXITY]  # the complexity column shows the verdict instead
    for column in ("round", "problem", "result", "time / box", *(categories.LABELS[c] for c in graded), "complexity",
                   "help"):
        table.add_column(column, no_wrap=True)
    for entry in card["rounds"]:
        result = entry["result"]
        if result is None:
            table.add_row(entry["label"], entry["slug"] or "-", f"[dim]skipped: {entry['note']}[/]")
            continue
        counts = result["categories"]
        cells = ["{}/{}".format(*counts[c]) if c in counts else "-" for c in graded]
        verdict = result["complexity"]
        verdict = f"[green]{verdict}[/]" if verdict == "met" else verdict
        help_used = ", ".join(filter(None, [f"{result['hints_used']} hints" if result["hints_used"] else "",
                                            "solution seen" if result["solution_seen"] else ""])) or "-"
        box = f"{_fmt(result['elapsed'])} / {entry['minutes']} min"
        box = f"[green]{box}[/]" if result["within_box"] else (f"[red]{box}[/]" if result["solved"] else box)
        table.add_row(entry["label"], entry["slug"],
                      "[green]solved[/]" if result["solved"] else "[red]unsolved[/]", box, *cells, verdict, help_used)
    table.caption = (f"Solved {card['solved']} of {card['played']} rounds, {card['within_box']} within the time box. "
                     "Test counts and the complexity verdict come from each round's last grade.")
    table.caption_justify = "left"
    return table


def _print_scorecard(card: dict) -> None:
    _console().print(scorecard_table(card))
    click.echo("Next: drill next suggests what to practise; drill mock start runs another mock.")


# --- what `drill history` shows beyond the grade columns ----------------------------------------


def event_note(event) -> str:
    """The notes column of `drill history`: help used on a grade, the hint level, mock summaries."""
    if event.kind in ("hint", "solution", "mock"):
        return event.summary
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
        _console().print(scorecard_table(found.scorecard))
        if len(ended) > 1:
            click.echo("Earlier scorecards: drill mock show N (drill mock lists them).")


# --- drill next ---------------------------------------------------------------------------------


NARROW_NEXT = 110  # columns below which `drill next` lists its suggestions instead of a table


@cli.command("next")
@click.option("--count", "-n", type=click.IntRange(1, 100), default=3, show_default=True,
              help="How many suggestions.")
@click.option("--round", "round_", type=click.Choice(ROUNDS), help="Only this interview round.")
@pass_state
def next_cmd(state: State, count: int, round_: str | None) -> None:
    """What to practise now: spaced repetition over your own record, with the reason for each.

    Failed or slow problems come back soon, clean fast solves much later, weak tags weigh
    more, and new problems are introduced a few a day. Example: drill next --count 5
    """
    from rich.table import Table

    from harness.practice import plan

    workspace = state.existing_workspace()
    loaded, broken = state.catalogue().load_all()
    for error in broken:
        click.echo(f"warning: skipped a broken problem: {error}", err=True)
    suggestions = plan.suggest(loaded, workspace.store if workspace else None, count=count, round=round_,
                               now=_clock())
    if not suggestions:
        click.echo("nothing to suggest: no problems" + (f" in the {round_} round" if round_ else ""))
        return
    console = _console()
    if console.width < NARROW_NEXT:
        # A table would squeeze "why" into a column of a few words: one block per suggestion.
        for i, s in enumerate(suggestions, start=1):
            console.print(f"[bold]{i}  {s.problem.slug}[/bold] ({s.problem.round}, {s.problem.difficulty})",
                          markup=True)
            for line in textwrap.wrap(s.reason, width=max(20, console.width - 3)):
                console.print(f"   {line}", markup=False)
            console.print(f"   {s.command}", markup=False, style="cyan")
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("#", "problem", "round", "difficulty", "why", "run"):
        table.add_column(column, no_wrap=column != "why")
    for i, s in enumerate(suggestions, start=1):
        table.add_row(str(i), s.problem.slug, s.problem.round, s.problem.difficulty, s.reason, s.command)
    console.print(table)


# --- drill stats --------------------------------------------------------------------------------


@cli.command()
@click.option("--image", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the time-to-solve chart to this .png or .svg file.")
@pass_state
def stats(state: State, image: Path | None) -> None:
    """Your progress: solved by round, tag and difficulty, pass rate, time against the box, streak.

    Ends with a chart of time-to-solve over your finished attempts. Example: drill stats --image progress.png
    """
    from harness.practice import stats as st

    workspace = state.existing_workspace()
    loaded, _broken = state.catalogue().load_all()
    s = st.compute(loaded, workspace.store if workspace else None, now=_clock())
    solved = sum(g.solved for g in s.by_round)
    total = sum(g.total for g in s.by_round)
    lines = [f"[bold]Solved {solved} of {total} problems[/]"]
    for title, groups in (("by round", s.by_round), ("by difficulty", s.by_difficulty), ("by tag", s.by_tag)):
        cells = [f"{g.name} {g.solved}/{g.total}" for g in groups]
        width = max(map(len, cells), default=0)
        per_line = max(1, 100 // (width + 2))
        for start in range(0, len(cells), per_line):
            label = title if start == 0 else ""
            lines.append(f"  {label:<14} " + "  ".join(c.ljust(width) for c in cells[start:start + per_line]).rstrip())
    rate = f"{s.pass_rate:.0%}" if s.pass_rate is not None else "-"
    lines.append(f"Grades: {s.grades}, {s.grades_passed} passed (pass rate {rate}).  "
                 f"Attempts: {s.attempts}, {s.solved_attempts} solved.")
    if s.median_time is not None:
        lines.append(f"Time to solve: median {_fmt(s.median_time)}, {s.median_ratio:.2f}x the time box; "
                     f"{s.within_box} of {s.solved_attempts} solves within the box"
                     + (f"; {s.helped} used hints or the solution" if s.helped else "") + ".")
    lines.append(f"Streak: {_plural(s.streak, 'day')} (longest {_plural(s.longest_streak, 'day')}).")
    lines += ["", "[bold]Time to solve[/], oldest first:", *st.text_chart(s.finished)]
    _print(lines)
    if image:
        written = st.write_chart(list(s.finished), image)
        click.echo(f"chart written to {written}")


# --- drill hint / drill solution ----------------------------------------------------------------


@cli.command()
@click.argument("slug", type=SLUG)
@click.option("--all", "all_levels", is_flag=True, help="Show every hint at once.")
@pass_state
def hint(state: State, slug: str, all_levels: bool) -> None:
    """Show the next hint for a problem: each call reveals one more level (gentle first).

    Hints are recorded with the attempt in progress and shown with its grade. Example: drill hint two_sum
    """
    from harness.practice import loop as practice
    from harness.grading.report import _escape

    workspace = state.workspace(create=True)
    given = practice.hint(state.catalogue(), workspace, slug, all_levels=all_levels)
    total = len(given.problem.hints)
    lines = []
    if given.new == 0:
        lines.append(f"You have seen every hint for {slug} ({total} of {total}):")
    for level, text in given.shown:
        fresh = level > given.revealed - given.new
        style = "bold" if fresh else "dim"
        lines.append(f"[{style}]Hint {level} of {total}:[/] {_escape(text)}")
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
    _print(lines)


@cli.command()
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

    console = _console()
    console.print(f"[bold]{shown.problem.title}[/] ({slug}): reference solution")
    if shown.problem.idea:
        console.print(f"[bold]Key idea:[/] {shown.problem.idea}")
    console.print(Syntax(shown.source, "python", theme="ansi_dark", background_color="default"))
    marked = "your attempt in progress is marked 'solution seen'" if shown.attempt else "recorded in your history"
    console.print(f"[dim]{shown.path} · {marked}[/]")


# --- drill completion ---------------------------------------------------------------------------


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script: commands, options and problem slugs complete on TAB.

    \b
    bash: add  eval "$(drill completion bash)"   to ~/.bashrc
    zsh:  add  eval "$(drill completion zsh)"    to ~/.zshrc
    fish: add  drill completion fish | source    to ~/.config/fish/config.fish
    Example: drill completion bash
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)(cli, {}, "drill", "_DRILL_COMPLETE")
    click.echo(completer.source())


# --- drill new ----------------------------------------------------------------------------------


@cli.command()
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
    _print(lines)


# --- drill status --watch -----------------------------------------------------------------------


def watch_status(state: State) -> None:
    """A live countdown of the attempts in progress, refreshed every second until Ctrl-C (exit 0)
    or until no attempt is left in progress."""
    from rich.live import Live

    from harness.practice import loop as practice

    workspace = state.existing_workspace()
    current = practice.status(workspace, now=_clock()) if workspace else []
    if not current:
        click.echo("no attempt in progress; start one with: drill start two_sum")
        return
    console = _console()
    try:
        with Live(_watch_view(current), console=console, auto_refresh=False) as live:
            while True:
                _sleep(WATCH_TICK)
                current = practice.status(workspace, now=_clock())
                live.update(_watch_view(current), refresh=True)
                if not current:
                    break
    except KeyboardInterrupt:
        pass
    if not console.is_terminal:
        console.line()  # a terminal's Live ends its last frame with a newline; a pipe's does not
    click.echo("stopped watching; the clock keeps running (drill status)" if current
               else "no attempt in progress any more")


def _watch_view(current):
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False,
                  caption="Ctrl-C stops watching; the clock keeps running", caption_justify="left")
    for column in ("problem", "elapsed", "time box", "left"):
        table.add_column(column, no_wrap=True)
    for s in current:
        left = (f"[green]{_fmt(s.remaining)}[/]" if s.remaining >= 0
                else f"[red]-{_fmt(-s.remaining)} (over)[/]")
        table.add_row(s.attempt.slug, _fmt(s.elapsed), f"{s.attempt.minutes} min", left)
    return table
