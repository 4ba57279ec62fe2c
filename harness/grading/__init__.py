"""Orchestrating gradings: the grader, results, reports and `drill validate`. Runs in the CLI process; starts the trusted test process and never imports submitted code."""
