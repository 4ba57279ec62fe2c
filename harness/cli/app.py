"""The `drill` click group and what every command family shares: the state object, the console
and print helpers, the SLUG parameter type, and the one place library errors become messages
and exit codes. Runs in the CLI process; imports nothing heavy at start-up."""

from __future__ import annotations

import time

import click

from harness import __version__
from harness.errors import DrillError

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
    if not console.is_terminal:
        console.width = max(console.width, 120)  # logs and pipes: don't squeeze tables to 80 columns
    return console


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
