"""The `drill` command line: the click group (harness.cli.app) with one module per command
family, all registered here. Commands parse, make one library call, render, set the exit code."""

from __future__ import annotations

from harness.cli import authoring, ci, planning, practice
from harness.cli.app import cli, completion

for family in (practice.COMMANDS, planning.COMMANDS, ci.COMMANDS, authoring.COMMANDS, (completion,)):
    for command in family:
        cli.add_command(command)


def main() -> None:
    cli(prog_name="drill")


__all__ = ["cli", "main"]
