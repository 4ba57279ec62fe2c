"""The `drill init` and `drill ci` commands: a shared practice repo and its grading in CI.

Like every command they parse, make one library call, render and set the exit code.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import click

from harness.ci.repo import FAIL_ON, parse_shard
from harness.ci.run import MAX_JOBS
from harness.errors import UsageError


class ShardType(click.ParamType):
    """i/n: this job's part of a CI matrix of n jobs."""

    name = "I/N"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        try:
            return parse_shard(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.command("init")
@click.argument("path", type=click.Path(file_okay=True, path_type=Path))
@click.option("--from-git", "from_git", metavar="URL@REV",
              help="CI installs drill from this git repository at this pinned revision "
                   "[default: this drill's origin remote at its current commit].")
@click.option("--from-path", "from_path", metavar="DIR",
              help="CI installs drill from this absolute path on the CI machine (self-hosted runners).")
@click.option("--problems", metavar="SLUG,...", help="The problems that count [default: every problem].")
def init_cmd(path: Path, from_git: str | None, from_path: str | None, problems: str | None) -> None:
    """Create a shared practice repo: README, drill.toml and a GitHub Actions workflow.

    Existing files are never replaced. Example:
    drill init study-group --from-git https://example.org/drill.git@v0.1.0
    """
    from harness.ci import init as ci_init

    source = ci_init.resolve_source(from_git, from_path)
    slugs = [s.strip() for s in problems.split(",") if s.strip()] if problems else None
    written = ci_init.init(path, source, slugs)
    click.echo(f"practice repo ready in {path} (CI installs drill from {source.describe()}):")
    for file in written:
        click.echo(f"  {file}")
    click.echo(f"next: cd {path} && git init && git add . && git commit -m 'drill practice repo', push it, "
               "and commit solutions as <person>/<problem>/solution.py")


@click.command("ci")
@click.argument("args", nargs=-1, metavar="[ROOT] | merge REPORT.json...")
@click.option("--markdown", "markdown_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Markdown summary (person x problem matrix, leaderboard) here.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the JSON report here (schema: harness/schemas/ci.schema.json).")
@click.option("--junit", "junit_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JUnit XML here (one testsuite per submission).")
@click.option("--jobs", "-j", type=click.IntRange(1, MAX_JOBS), help="Gradings in parallel [default: all cores].")
@click.option("--shard", type=ShardType(), help="Grade only part I of N (stable across runs), for a CI matrix.")
@click.option("--changed-since", metavar="REV", help="Grade only solutions changed since this git revision.")
@click.option("--fail-on", type=click.Choice(FAIL_ON),
              help="Exit 1 on: 'error' (grading itself broke), 'any-failure', or 'none' "
                   "[default: drill.toml's fail_on, else error].")
@click.option("--seed", type=click.IntRange(0, 2**31 - 1), help="Grading seed (default: a fresh one).")
@click.option("--config", type=click.Path(dir_okay=False, path_type=Path),
              help="Settings file [default: ROOT/drill.toml if present].")
def ci_cmd(args: tuple[str, ...], markdown_path, json_path, junit_path, jobs, shard, changed_since, fail_on,
           seed, config) -> None:
    """Grade every <person>/<problem>/solution.py of a practice repo (ROOT, default '.').

    The hidden tests come from this installed drill, never from the repository. Failing
    solutions are normal: by default the exit status is 1 only when grading itself broke.
    Examples:

    \b
    drill ci . --markdown summary.md --json report.json --junit junit.xml
    drill ci . --shard 2/4 --json shard-2.json        one job of a 4-job matrix
    drill ci merge shard-*.json --markdown summary.md  combine the shard reports
    """
    from harness.ci import render as ci_render
    from harness.ci import run as ci
    from harness.cli import outputs as out

    outputs = out.outputs_of(markdown=("--markdown", markdown_path), json=("--json", json_path),
                             junit=("--junit", junit_path))
    out.check_outputs(outputs)  # before grading: a bad path must not cost a CI run's work
    from harness.cli.app import check_isolation_setting

    check_isolation_setting()
    with _workflow_commands_stopped():
        if args and args[0] == "merge":
            given = [name for name, value in (("jobs", jobs), ("shard", shard), ("changed_since", changed_since),
                                              ("seed", seed), ("config", config)) if value is not None]
            if given:
                raise UsageError("drill ci merge combines reports; it does not take "
                                 + ", ".join("--" + g.replace("_", "-") for g in given))
            if len(args) < 2:
                raise UsageError("drill ci merge needs the report files: drill ci merge shard-*.json")
            report = ci.merge((name, ci.load_report(Path(name))) for name in args[1:])
            policy = fail_on or "error"
        else:
            if len(args) > 1:
                raise UsageError(f"drill ci takes one ROOT folder, got {len(args)} arguments",
                                 hint="to combine reports: drill ci merge REPORT.json...")
            from harness.ci.repo import CONFIG_NAME, load_config

            root = Path(args[0] if args else ".")
            settings = load_config(config or root / CONFIG_NAME, required=config is not None)
            options = ci.CiOptions(config=settings, jobs=jobs, seed=seed, shard=shard, changed_since=changed_since)
            from harness.cli.progress import CountProgress, StatusLine

            counter = CountProgress("submissions")

            def on_result(result) -> None:
                counter.done += 1
                status.echo(ci_render.progress_line(result))

            def on_total(total: int) -> None:
                counter.total = total
                status.refresh()

            with StatusLine(counter.line) as status:
                report = ci.run(root, options, on_result=on_result, on_total=on_total)
            policy = fail_on or settings.fail_on
        for line in ci_render.summary_lines(report):
            click.echo(line)
        failed = _write_outputs(report, outputs)
        code = 1 if failed else report.exit_code(policy)
        if code:
            click.echo(f"exit status 1 (--fail-on {policy})")
    sys.exit(code)


def _write_outputs(report, outputs) -> list[str]:
    """Each report on its own: one that cannot be written does not lose the others."""
    import json

    from harness.ci import render as ci_render
    from harness.cli import outputs as out

    render = {"markdown": ci_render.to_markdown, "junit": ci_render.to_junit,
              "json": lambda r: json.dumps(r.to_dict(), indent=2) + "\n"}

    def writer(kind):
        return lambda path: path.write_text(render[kind](report), encoding="utf-8")

    written, failed = out.write_each([(o, writer(o.kind)) for o in outputs])
    kinds = {o.path: o.kind for o in outputs}
    for path in written:
        click.echo(f"{kinds[path]} report: {path}")
    for message in failed:
        click.echo(f"error: {message}", err=True)
    return failed


class _workflow_commands_stopped:
    """On GitHub Actions, tell the runner to ignore workflow commands (`::stop-commands::`) while
    drill prints, on top of neutralising every printed line: nothing a submission put into a
    message can then act as a command."""

    def __enter__(self):
        self.token = secrets.token_hex(16) if os.environ.get("GITHUB_ACTIONS") == "true" else None
        if self.token:
            click.echo(f"::stop-commands::{self.token}")
        return self

    def __exit__(self, *exc):
        if self.token:
            click.echo(f"::{self.token}::")
        return False


COMMANDS = (init_cmd, ci_cmd)
