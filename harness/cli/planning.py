"""The planning commands: `drill mock` (a mock interview loop and its scorecard), `drill next`
(spaced repetition) and `drill stats` (progress). Each parses, makes one library call, renders
and sets the exit code."""

from __future__ import annotations

import textwrap
from pathlib import Path

import click

from harness.cli.app import (
    ROUNDS,
    State,
    clock,
    esc,
    fmt_duration,
    make_console,
    pass_state,
    plural,
    print_lines,
    print_table,
    when,
)

NARROW_NEXT = 110  # columns below which `drill next` lists its suggestions instead of a table


# --- drill mock ---------------------------------------------------------------------------------


@click.group(invoke_without_command=True)
@pass_state
def mock(state: State) -> None:
    """A mock interview loop: timed rounds, graded as you go, then a scorecard.

    \b
    Rounds: Coding #1 (data structures and algorithms, the problem's time box),
    Coding #2 (ML coding, 25 minutes) and, with --with-stats, Statistics.
    Each round starts an attempt in your workspace: solve it, `drill grade` it,
    then `drill mock next`. `drill mock end` stops early. With no subcommand:
    the mock in progress and your past mocks.

    Example: drill mock start --seed 7
    """
    if click.get_current_context().invoked_subcommand is not None:
        return
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
    from harness.practice import mock as mocks

    workspace = state.workspace(create=True)
    started = mocks.mock_start(state.catalogue(), workspace, with_stats=with_stats, seed=seed)
    played = [r for r in started.mock.rounds if r.slug]
    lines = [(f"[bold]Mock #{started.mock.id}[/] (seed {started.mock.seed}): {plural(len(played), 'round')}, "
              "one after the other, each against its time box.")]
    lines += [f"  [yellow]skipped[/] {s}" for s in started.skipped]
    print_lines(lines)
    _announce_round(workspace, started.mock, started.backup)


def _announce_round(workspace, mock_, backup: str | None) -> None:
    from harness.practice.mock_data import RoundState

    rounds = [r for r in mock_.rounds if r.slug]
    for number, planned in enumerate(rounds, start=1):
        if planned.state is not RoundState.RUNNING:
            continue
        slug = planned.slug
        lines = [(f"\n[bold]Round {number} of {len(rounds)}, {planned.label}[/] ({planned.what}): "
                  f"[bold]{planned.title}[/] ({slug}), {planned.minutes} minutes. The clock is running."),
                 f"  why this one: {planned.reason}",
                 f"  edit:    {esc(workspace.solution_path(slug))}",
                 f"  prompt:  {esc(workspace.problem_dir(slug) / 'prompt.md')}"]
        if backup:
            lines.append(f"  your previous solution.py was kept as {esc(backup)}")
        lines += ["", (f"Next: [bold]drill test {slug}[/] and [bold]drill grade {slug}[/]; when it passes or the "
                       "time is up: [bold]drill mock next[/].  Clock: drill mock status (or drill status --watch)")]
        print_lines(lines)


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
    from harness.practice import mock as mocks
    from harness.practice.mock_data import RoundState

    status = mocks.mock_status(workspace, now=clock())
    if status is None:
        click.echo("no mock in progress; start one with: drill mock start")
        return
    mock_, rounds = status
    lines = [f"[bold]Mock #{mock_.id}[/] (started {when(mock_.started_at)}, seed {mock_.seed})"]
    step = "finish with [bold]drill mock end[/]"
    for r in rounds:
        planned, running = r.round, r.clock
        head = f"  {planned.label:<11} {planned.slug or '-':<24}"
        if running and running.solved:
            lines.append(f"{head} [green]solved in {fmt_duration(running.elapsed)}[/] of {planned.minutes} min")
            step = "move on with [bold]drill mock next[/]"
        elif running:
            left = (f"[green]{fmt_duration(running.remaining)} left[/]" if running.remaining >= 0
                    else f"[red]{fmt_duration(-running.remaining)} over the time box[/]")
            lines.append(f"{head} running: {fmt_duration(running.elapsed)} of {planned.minutes} min, {left}")
            step = (f"grade with [bold]drill grade {planned.slug}[/]; when it passes or the time is up, "
                    "[bold]drill mock next[/]")
        elif planned.state is RoundState.SKIPPED:
            lines.append(f"{head} [dim]skipped: {planned.note}[/]")
        elif planned.state is RoundState.PENDING:
            lines.append(f"{head} waiting ({planned.minutes} min)")
        else:
            lines.append(f"{head} {_result_words(planned)}")
    lines.append(f"Next: {step}.")
    print_lines(lines)


def _result_words(played) -> str:
    result = played.result
    time_part = f"{fmt_duration(result.elapsed)} of {played.minutes} min"
    if result.solved:
        colour = "green" if result.within_box else "red"
        return f"[{colour}]solved in {time_part}[/]"
    return f"[red]unsolved[/] after {time_part}"


def _show_past_mocks(workspace) -> None:
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False, title="Your mocks", title_justify="left")
    for column in ("mock", "started", "rounds solved", "within the box", "problems"):
        table.add_column(column, no_wrap=column != "problems")
    for m in workspace.store.mocks():
        problems = ", ".join(r.slug for r in m.rounds if r.slug)
        if m.scorecard:
            card = m.scorecard
            table.add_row(f"#{m.id}", when(m.started_at), f"{card.solved} of {card.played}",
                          str(card.within_box), problems)
        else:
            table.add_row(f"#{m.id}", when(m.started_at), "[yellow]in progress[/]", "", problems)
    print_table(table)
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
    from harness.practice import mock as mocks

    workspace = _mock_workspace(state)
    step = mocks.mock_next(state.catalogue(), workspace)
    if step.closed and step.closed.result:
        print_lines(f"{step.closed.label} ({step.closed.slug}): {_result_words(step.closed)}")
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
    from harness.practice import mock as mocks

    finished = mocks.mock_end(_mock_workspace(state))
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


def scorecard_table(card):
    """A mock's scorecard (harness.practice.mock_data.Scorecard) as a rich table: per round, solved
    or not, time against the box, the grade's categories, the complexity verdict, and any help used."""
    from rich.table import Table

    from harness import categories

    table = Table(box=None, header_style="bold", pad_edge=False,
                  title=f"Mock #{card.mock_id} scorecard ({when(card.started_at)}, seed {card.seed})",
                  title_justify="left")
    present = (c for r in card.rounds if r.result for c in r.result.categories)
    graded = [c.name for c in categories.columns(present)
              if c is not categories.COMPLEXITY]  # the complexity column shows the verdict instead
    for column in ("round", "problem", "result", "time / box", *(categories.LABELS[c] for c in graded), "complexity",
                   "help"):
        table.add_column(column, no_wrap=column not in ("complexity", "help"))  # free text wraps
    for played in card.rounds:
        result = played.result
        if result is None:
            # The reason goes in the wrapping column: a long note must not widen the result column.
            table.add_row(played.label, played.slug or "-", "[dim]skipped[/]", "", *["" for _ in graded], "",
                          f"[dim]skipped: {esc(played.note)}[/]")
            continue
        counts = result.categories
        cells = ["{}/{}".format(*counts[c]) if c in counts else "-" for c in graded]
        verdict = result.complexity
        verdict = f"[green]{verdict}[/]" if verdict == "met" else verdict
        help_used = ", ".join(filter(None, [f"{result.hints_used} hints" if result.hints_used else "",
                                            "solution seen" if result.solution_seen else ""])) or "-"
        box = f"{fmt_duration(result.elapsed)} / {played.minutes} min"
        box = f"[green]{box}[/]" if result.within_box else (f"[red]{box}[/]" if result.solved else box)
        table.add_row(played.label, played.slug,
                      "[green]solved[/]" if result.solved else "[red]unsolved[/]", box, *cells, verdict, help_used)
    table.caption = (f"Solved {card.solved} of {card.played} rounds, {card.within_box} within the time box. "
                     "Test counts and the complexity verdict come from each round's last grade.")
    table.caption_justify = "left"
    return table


def _print_scorecard(card) -> None:
    print_table(scorecard_table(card))
    click.echo("Next: drill next suggests what to practise; drill mock start runs another mock.")


# --- drill next ---------------------------------------------------------------------------------


@click.command("next")
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

    from harness.practice import repetition

    workspace = state.existing_workspace()
    loaded, broken = state.catalogue().load_all()
    for error in broken:
        click.echo(f"warning: skipped a broken problem: {error}", err=True)
    suggestions = repetition.suggest(loaded, workspace.store if workspace else None, count=count, round=round_,
                                     now=clock())
    if not suggestions:
        click.echo("nothing to suggest: no problems" + (f" in the {round_} round" if round_ else ""))
        return
    console = make_console()
    ahead = repetition.outlook(loaded, workspace.store if workspace else None, round=round_, now=clock())
    if console.width < NARROW_NEXT:
        # A table would squeeze "why" into a column of a few words: one block per suggestion.
        for i, s in enumerate(suggestions, start=1):
            console.print(f"[bold]{i}  {s.problem.slug}[/bold] ({s.problem.round}, {s.problem.difficulty})",
                          markup=True)
            for line in textwrap.wrap(s.reason, width=max(20, console.width - 3)):
                console.print(f"   {line}", markup=False)
            console.print(f"   {s.command}", markup=False, style="cyan")
    else:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in ("#", "problem", "round", "difficulty", "why", "run"):
            table.add_column(column, no_wrap=column != "why")
        for i, s in enumerate(suggestions, start=1):
            table.add_row(str(i), s.problem.slug, s.problem.round, s.problem.difficulty, esc(s.reason), s.command)
        print_table(table, console)
    console.line()  # the outlook is about the whole plan, not the last suggestion
    for line in ahead.lines():
        for part in textwrap.wrap(line, width=max(20, console.width)):
            console.print(part, markup=False)


# --- drill stats --------------------------------------------------------------------------------


@click.command()
@click.option("--image", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the time-to-solve chart to this .png or .svg file.")
@click.option("--all", "all_tags", is_flag=True, help="List every tag, not only those practised and the weakest.")
@pass_state
def stats(state: State, image: Path | None, all_tags: bool) -> None:
    """Your progress: solved by round, tag and difficulty, pass rate, time against the box, streak.

    Ends with a chart of time-to-solve over your finished attempts. Example: drill stats --image progress.png
    """
    from harness.cli import outputs as out
    from harness.practice import stats as st

    out.check_outputs(out.outputs_of(image=("--image", image)))  # before printing the page
    workspace = state.existing_workspace()
    loaded, _broken = state.catalogue().load_all()
    s = st.compute(loaded, workspace.store if workspace else None, now=clock())
    solved = sum(g.solved for g in s.by_round)
    total = sum(g.total for g in s.by_round)
    lines = [f"[bold]Solved {solved} of {total} problems[/]"]
    tags, hidden = s.tags_to_show(everything=all_tags)
    for title, groups in (("by round", s.by_round), ("by difficulty", s.by_difficulty), ("by tag", tags)):
        cells = [f"{g.name} {g.solved}/{g.total}" for g in groups]
        width = max(map(len, cells), default=0)
        per_line = max(1, 100 // (width + 2))
        for start in range(0, len(cells), per_line):
            label = title if start == 0 else ""
            lines.append(f"  {label:<14} " + "  ".join(c.ljust(width) for c in cells[start:start + per_line]).rstrip())
    if hidden:
        lines.append(f"  {'':<14} [dim]the tags you practised and the {st.WEAKEST_TAGS} weakest others; "
                     f"{hidden} more with --all[/]")
    rate = f"{s.pass_rate:.0%}" if s.pass_rate is not None else "-"
    lines.append(f"Grades: {s.grades}, {s.grades_passed} passed (pass rate {rate}).  "
                 f"Attempts: {s.attempts}, {s.solved_attempts} solved.")
    if s.median_time is not None:
        lines.append(f"Time to solve: median {fmt_duration(s.median_time)}, {s.median_ratio:.2f}x the time box; "
                     f"{s.within_box} of {s.solved_attempts} solves within the box"
                     + (f"; {s.helped} used hints or the solution" if s.helped else "") + ".")
    lines.append(f"Streak: {plural(s.streak, 'day')} (longest {plural(s.longest_streak, 'day')}).")
    lines += ["", "[bold]Time to solve[/], oldest first:", *st.text_chart(s.finished)]
    print_lines(lines)
    if image:
        written = st.write_chart(list(s.finished), image)
        click.echo(f"chart written to {written}")


COMMANDS = (mock, next_cmd, stats)
