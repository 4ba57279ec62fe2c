"""Allow `python -m harness` as an alias of the `drill` command."""

from harness.cli import main

main()
