"""Output paths: every command that writes a file checks the path before any work, and writes each report on its own."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from harness.cli import cli
from harness.cli import outputs as out

from .conftest import FIXTURES

# Every option of every command that names a file drill writes, with its kind.
WRITING_OPTIONS = {
    ("test", "json_path"): "json", ("test", "junit_path"): "junit",
    ("grade", "json_path"): "json", ("grade", "junit_path"): "junit",
    ("ci", "markdown_path"): "markdown", ("ci", "json_path"): "json", ("ci", "junit_path"): "junit",
    ("stats", "image"): "image",
}
READ_ONLY_PATH_OPTIONS = {("ci", "config"), ("cli", "workspace")}  # files drill reads, or a folder


def _path_options(command: click.Command, name: str):
    for param in command.params:
        if isinstance(param, click.Option) and isinstance(param.type, click.Path):
            yield (name, param.name)
    if isinstance(command, click.Group):
        for sub_name, sub in command.commands.items():
            yield from _path_options(sub, sub_name)


def test_the_sweep_knows_every_option_that_names_a_file():
    found = set(_path_options(cli, "cli"))
    assert found - READ_ONLY_PATH_OPTIONS == set(WRITING_OPTIONS)


def _bad_paths(tmp_path: Path, kind: str) -> dict[str, tuple[Path, str]]:
    good_suffix = out.EXTENSIONS[kind][0]
    locked = tmp_path / "locked"
    locked.mkdir(exist_ok=True)
    locked.chmod(0o500)
    return {"missing folder": (tmp_path / "missing" / f"r{good_suffix}", "no such folder"),
            "wrong extension": (tmp_path / "r.jpg", "not '.jpg'"),
            "a folder": (tmp_path / f"dir{good_suffix}", "is a directory"),
            "read-only folder": (locked / f"r{good_suffix}", "not writable")}


@pytest.mark.parametrize(("command", "option"), sorted(WRITING_OPTIONS))
def test_a_bad_output_path_is_refused_before_any_work(drill, tmp_path, workspace, command, option):
    import os

    kind = WRITING_OPTIONS[(command, option)]
    flag = "--" + option.removesuffix("_path")
    drill("start", "two_sum")
    (tmp_path / f"dir{out.EXTENSIONS[kind][0]}").mkdir()
    for label, (path, needle) in _bad_paths(tmp_path, kind).items():
        if label == "read-only folder" and os.geteuid() == 0:
            continue  # root writes anywhere
        args = {"test": ["test", "two_sum"], "grade": ["grade", "two_sum"], "ci": ["ci", str(tmp_path)],
                "stats": ["stats"]}[command]
        result = drill(*args, flag, str(path))
        assert result.exit_code == 2, (label, result.output)
        assert needle in result.output and flag in result.output, (label, result.output)
        # Nothing ran: no grade recorded, no page printed, no CI summary.
        assert "hidden tests" not in result.output and "Solved" not in result.output
        assert "submission" not in result.output.lower()
    history = drill("history").output
    assert "grade" not in history and " test " not in history


def test_each_report_is_written_on_its_own(drill, tmp_path, monkeypatch):
    from harness.grading import report as rep

    def disk_full(reports, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rep, "write_junit", disk_full)
    drill("start", "two_sum")
    report = tmp_path / "r.json"
    result = drill("test", "two_sum", "--json", str(report), "--junit", str(tmp_path / "r.xml"))
    assert result.exit_code == 1
    assert json.loads(report.read_text())["slug"] == "two_sum"
    assert "No space left on device" in result.output and "junit" in result.output


def test_ci_writes_every_report_it_can(tmp_path, monkeypatch):
    from harness.ci import render as ci_render

    repo = tmp_path / "repo"
    (repo / "p00" / "two_sum").mkdir(parents=True)
    (repo / "p00" / "two_sum" / "solution.py").write_bytes((FIXTURES / "ci" / "syntax_error.py").read_bytes())

    def broken(report):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(ci_render, "to_markdown", broken)
    paths = {name: tmp_path / name for name in ("s.md", "r.json", "j.xml")}
    result = CliRunner().invoke(cli, ["ci", str(repo), "--markdown", str(paths["s.md"]), "--json",
                                      str(paths["r.json"]), "--junit", str(paths["j.xml"])])
    assert result.exit_code == 1, result.output
    assert paths["r.json"].is_file() and paths["j.xml"].is_file() and not paths["s.md"].exists()
    assert "Input/output error" in result.output


def test_write_each_reports_every_failure():
    calls = []

    def ok(path):
        calls.append(path)

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    written, failed = out.write_each([(out.Output("json", "--json", Path("a.json")), full),
                                      (out.Output("junit", "--junit", Path("b.xml")), ok)])
    assert written == [Path("b.xml")] and calls == [Path("b.xml")]
    assert len(failed) == 1 and "a.json" in failed[0] and "No space left" in failed[0]
