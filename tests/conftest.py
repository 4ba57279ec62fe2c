"""Shared fixtures for the harness's own tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.catalogue.loader import Catalogue, catalogue_root
from harness.cli import cli

ROOT = catalogue_root()
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's workspace or cache."""
    monkeypatch.delenv("DRILL_WORKSPACE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue()


@pytest.fixture(autouse=True)
def _plain_pipe_width(monkeypatch):
    """Output as a pipe sees it, whatever runs the suite: pytest-xdist's workers set COLUMNS=80,
    which drill honours, so tables would turn into blocks under `make test` and not alone. A test
    that wants a width sets COLUMNS itself."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


@pytest.fixture
def workspace(tmp_path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def drill(workspace):
    """Run the CLI in-process against a fresh workspace: drill("start", "two_sum")."""
    runner = CliRunner()

    def run(*args, input=None, cwd: Path | None = None):
        old = os.getcwd()
        if cwd is not None:
            os.chdir(cwd)
        try:
            return runner.invoke(cli, ["--workspace", str(workspace), *args], input=input,
                                 catch_exceptions=False)
        finally:
            os.chdir(old)

    return run


def solution_file(tmp_path: Path, source: str, name: str = "solution.py") -> Path:
    path = tmp_path / name
    path.write_text(source)
    return path
