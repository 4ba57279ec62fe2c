"""The `drill` click group and what every command family shares: the state object, the console
and print helpers, the SLUG parameter type, and the one place library errors become messages
and exit codes. Runs in the CLI process; imports nothing heavy at start-up."""

from __future__ import annotations

import errno
import os
import time

import click

from harness import __version__
from harness.errors import DrillError, UsageError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
ROUNDS = ("coding", "ml", "stats")  # as harness.catalogue.loader; not imported here, to keep start-up fast
DIFFICULTIES = ("easy", "medium", "hard")
clock = time.time  # the commands' "now"; tests replace it where a command reads it


def make_console(stderr: bool = False):
    """A rich console; outside a terminal it is wide enough that tables are not squeezed.

    Emoji codes are off: user text such as `nums[0:x:b]` or `":thumbs_up:"` must print verbatim
    (markup in user text is escaped where it is printed; see `esc`)."""
    from rich.console import Console

    console = Console(stderr=stderr, highlight=False, soft_wrap=True, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = max(console.width, 120)  # logs and pipes: don't squeeze tables to 80 columns
    return console


TABLE_GAP = 2  # columns between two cells of a box-less table (padding 1 on each side)
MIN_WRAPPED = 12  # the narrowest a wrapping column (tags, notes) may become before rows turn into blocks


def fit(table, width: int):
    """The table if its no-wrap columns (slugs, seeds, results, event names) fit whole in `width`
    columns, else one block per row: rich would otherwise cut those cells to 'se...'."""
    from rich.console import Group
    from rich.text import Text

    def cell_width(cell) -> int:
        return Text.from_markup(cell).cell_len if isinstance(cell, str) else 8

    needed = []
    for column in table.columns:
        widest = max([cell_width(c) for c in column.cells] + [len(str(column.header))])
        if column.no_wrap:
            column.min_width = widest  # never squeezed below its longest cell
            needed.append(widest)
        else:
            # Wraps between words, never inside one: a slug in a list of problems stays whole.
            word = max([len(w) for c in column.cells if isinstance(c, str)
                        for w in Text.from_markup(c).plain.split()] + [1])
            column.min_width = word
            column.overflow = "fold"
            needed.append(max(word, min(widest, MIN_WRAPPED)))
    if sum(needed) + TABLE_GAP * (len(needed) - 1) <= width:
        return table
    blocks: list = []
    if table.title:
        blocks.append(Text.from_markup(f"[bold]{table.title}[/]"))
    rows = list(zip(*(list(c.cells) for c in table.columns), strict=True))
    for row in rows:
        first, *rest = row
        blocks.append(Text.from_markup(f"[bold]{first}[/]") if isinstance(first, str) else first)
        # The short fields share one line (wrapped between fields); free text gets a line of its own.
        fields, texts = Text("  "), []
        for column, cell in zip(table.columns[1:], rest, strict=True):
            if isinstance(cell, str) and not cell.strip():
                continue
            value = Text.from_markup(cell) if isinstance(cell, str) else Text(str(cell))
            item = Text.assemble((f"{column.header}: ", "dim"), value)
            if not column.no_wrap:
                texts.append(Text("  ") + item)
                continue
            if len(fields) > 2 and len(fields) + 2 + len(item) > width:
                blocks.append(fields)  # a field moves whole to the next line, never split
                fields = Text("  ")
            elif len(fields) > 2:
                fields.append("  ")
            fields.append_text(item)
        blocks += [fields, *texts] if len(fields) > 2 else texts
    if table.caption:
        blocks.append(Text.from_markup(str(table.caption)))
    return Group(*blocks)


def print_table(table, console=None) -> None:
    """Print a table so that identifiers are never truncated (see `fit`)."""
    console = console or make_console()
    console.print(fit(table, console.width), soft_wrap=False)


def print_lines(lines: str | list[str]) -> None:
    """Print one line or several, with rich markup."""
    console = make_console()
    for line in ([lines] if isinstance(lines, str) else lines):
        console.print(line)


def esc(value: object) -> str:
    """User text (paths, names, messages) made safe to put inside rich markup."""
    from rich.markup import escape

    return escape(str(value))


def fmt_duration(seconds: float | None) -> str:
    from harness.grading.report import fmt_duration as fmt

    return fmt(seconds)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def when(at: float) -> str:
    """A timestamp as the history shows it: local date and minute."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


def check_isolation_setting() -> None:
    """DRILL_ISOLATION is a setting the user typed: a value that names no backend is a usage
    error (exit 2) that lists the valid ones, raised before any work starts."""
    value = os.environ.get("DRILL_ISOLATION", "").strip().lower()
    if not value:
        return
    from harness.isolation import backend

    if value not in backend.names():
        raise UsageError(f"DRILL_ISOLATION={value!r} names no isolation backend",
                         hint=f"set it to one of: {', '.join(backend.names())} (auto picks the strongest "
                         "that works here), or unset it")


STORAGE_ERRNOS = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
                  errno.EIO: "an I/O error on the disk", errno.EROFS: "the file system is read-only",
                  errno.EACCES: "permission denied"}


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
        except OSError as exc:
            # The library reports the storage failures it expects; one it did not foresee still
            # gets words, not a traceback, when it is about the disk rather than a bug.
            if exc.errno not in STORAGE_ERRNOS:
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{STORAGE_ERRNOS[exc.errno]} ({exc.strerror})", err=True)
            click.echo("  -> nothing already saved was changed; fix that and run the command again", err=True)
            ctx.exit(1)


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


@click.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
@click.pass_context
def completion(ctx: click.Context, shell: str) -> None:
    """Print the shell completion script: commands, options and problem slugs complete on TAB.

    \b
    bash: add  eval "$(drill completion bash)"   to ~/.bashrc
    zsh:  add  eval "$(drill completion zsh)"    to ~/.zshrc
    fish: add  drill completion fish | source    to ~/.config/fish/config.fish
    Example: drill completion bash
    """
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None, shell  # click ships a class for every shell offered above
    click.echo(completer(ctx.find_root().command, {}, "drill", "_DRILL_COMPLETE").source())
