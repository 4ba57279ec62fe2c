"""Grading a shared practice repo (`drill ci`, `drill init`). Runs in the CLI process; grades through harness.grading."""
