"""The CLI as a new user meets it: every command, its help, its errors and its exit codes."""

from __future__ import annotations

import json
import os
import sqlite3
import time

import pytest

from harness.cli import cli
from harness.grading.report import validate_json

from .conftest import ROOT

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(drill, name):
    result = drill(name, "--help")
    assert result.exit_code == 0
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20
    assert "Example" in command.help or "example" in command.help.lower() or name == "validate"


def test_top_level_help_shows_the_loop(drill):
    result = drill("--help")
    assert result.exit_code == 0
    for word in ("start", "test", "grade", "history", "list"):
        assert word in result.output


def test_list_shows_the_catalogue_and_filters(drill):
    result = drill("list")
    assert result.exit_code == 0
    assert "two_sum" in result.output and "15 min" in result.output
    assert "two_sum" in drill("list", "--tag", "hash-map").output
    filtered = drill("list", "--tag", "no-such-tag")
    assert filtered.exit_code == 0 and "no problems match" in filtered.output
    bad = drill("list", "--round", "nonsense")
    assert bad.exit_code == 2 and "nonsense" in bad.output


def test_unknown_slug_suggests_the_closest(drill):
    result = drill("start", "two_summ")
    assert result.exit_code == 2
    assert "unknown problem 'two_summ'" in result.output and "did you mean: two_sum" in result.output


def test_show_prints_the_prompt(drill):
    result = drill("show", "two_sum")
    assert result.exit_code == 0 and "def two_sum" in result.output and "drill start two_sum" in result.output


def test_start_copies_the_stub_and_starts_the_clock(drill, workspace):
    result = drill("start", "two_sum")
    assert result.exit_code == 0, result.output
    solution = workspace / "two_sum" / "solution.py"
    assert solution.read_text() == (ROOT / "problems/two_sum/stub.py").read_text()
    assert (workspace / "two_sum" / "prompt.md").is_file()
    assert not (workspace / "two_sum" / "test_hidden.py").exists()
    assert "15 minutes" in result.output and "drill test two_sum" in result.output
    status = drill("status")
    assert "two_sum" in status.output and "elapsed" in status.output and "left" in status.output


def test_start_never_overwrites_an_attempt_in_progress(drill, workspace):
    drill("start", "two_sum")
    solution = workspace / "two_sum" / "solution.py"
    solution.write_text("# my precious work\n")
    refused = drill("start", "two_sum")
    assert refused.exit_code == 1
    assert "already in progress" in refused.output and "--restart" in refused.output
    assert solution.read_text() == "# my precious work\n"
    restarted = drill("start", "two_sum", "--restart")
    assert restarted.exit_code == 0
    backups = list((workspace / "two_sum" / "previous").glob("solution-*.py"))
    assert len(backups) == 1 and backups[0].read_text() == "# my precious work\n"
    assert "kept as" in restarted.output


def test_grade_stub_fails_then_reference_passes_and_history_records_both(drill, workspace, tmp_path):
    drill("start", "two_sum")
    failed = drill("grade", "two_sum")
    assert failed.exit_code == 1
    assert "FAILED" in failed.output and "NotImplementedError" in failed.output
    assert "seed" in failed.output and "replay exactly: drill grade two_sum --seed" in failed.output
    (workspace / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    report_path = tmp_path / "report.json"
    junit_path = tmp_path / "report.xml"
    passed = drill("grade", "two_sum", "--json", str(report_path), "--junit", str(junit_path))
    assert passed.exit_code == 0, passed.output
    assert "PASSED" in passed.output and "of a 15-minute time box" in passed.output
    validate_json(json.loads(report_path.read_text()))
    assert junit_path.read_text().startswith("<?xml")
    history = drill("history", "two_sum")
    assert history.exit_code == 0
    lines = [line for line in history.output.splitlines() if "two_sum" in line]
    assert [line.split()[3] for line in lines] == ["grade", "grade", "start"]
    assert "passed" in lines[0] and "failed" in lines[1]
    listing = drill("list")
    assert "solved" in listing.output
    assert "no attempt in progress" in drill("status").output


def test_test_runs_examples_and_infers_the_problem_from_the_folder(drill, workspace):
    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    result = drill("test", cwd=workspace / "two_sum")
    assert result.exit_code == 0, result.output
    assert "visible examples: PASSED" in result.output and "drill grade two_sum" in result.output


def test_grade_without_slug_uses_the_single_attempt_in_progress(drill, workspace):
    drill("start", "two_sum")
    result = drill("grade")
    assert result.exit_code == 1 and "Two Sum" in result.output


def test_grade_without_any_attempt_says_what_to_do(drill):
    result = drill("grade")
    assert result.exit_code != 0
    assert "drill start" in result.output


def test_grade_before_start_explains(drill, workspace):
    workspace.mkdir()
    result = drill("grade", "two_sum")
    assert result.exit_code == 1 and "no solution file" in result.output and "drill start two_sum" in result.output


def test_syntax_error_is_shown_with_its_line(drill, workspace):
    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").write_text("def two_sum(nums, target)\n    return []\n")
    result = drill("grade", "two_sum")
    assert result.exit_code == 1
    assert "line 1" in result.output and "SyntaxError" in result.output


def test_workspace_from_environment_and_from_cwd(tmp_path, monkeypatch):
    from click.testing import CliRunner

    ws = tmp_path / "envws"
    runner = CliRunner()
    monkeypatch.setenv("DRILL_WORKSPACE", str(ws))
    assert runner.invoke(cli, ["start", "two_sum"]).exit_code == 0
    assert (ws / "two_sum" / "solution.py").is_file()
    monkeypatch.delenv("DRILL_WORKSPACE")
    old = os.getcwd()
    os.chdir(ws / "two_sum")
    try:
        status = runner.invoke(cli, ["status"])
    finally:
        os.chdir(old)
    assert "two_sum" in status.output


def test_workspace_that_is_a_file_is_refused(tmp_path):
    from click.testing import CliRunner

    target = tmp_path / "afile"
    target.write_text("x")
    result = CliRunner().invoke(cli, ["--workspace", str(target), "start", "two_sum"])
    assert result.exit_code != 0 and "file" in result.output


def test_corrupt_history_is_reported_and_left_untouched(drill, workspace):
    drill("start", "two_sum")
    db = workspace / ".drill" / "history.sqlite"
    for suffix in ("-wal", "-shm"):
        (workspace / ".drill" / f"history.sqlite{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    result = drill("history")
    assert result.exit_code == 1
    assert "cannot be read" in result.output and "left untouched" in result.output and "mv " in result.output
    assert db.read_bytes() == before


def test_newer_history_format_is_refused_and_left_untouched(drill, workspace):
    drill("start", "two_sum")
    db = workspace / ".drill" / "history.sqlite"
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    result = drill("status")
    assert result.exit_code == 1 and "newer drill" in result.output
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 99
    con.close()


def test_two_grades_at_once_are_serialised_with_a_clear_message(drill, workspace):
    from harness.practice.workspace import Workspace

    drill("start", "two_sum")
    ws = Workspace(workspace)
    with ws.grading_lock():
        result = drill("grade", "two_sum")
    assert result.exit_code == 1 and "already running" in result.output


def test_broken_problem_toml_names_file_and_field(tmp_path, monkeypatch):
    import shutil

    from click.testing import CliRunner

    root = tmp_path / "cat"
    shutil.copytree(ROOT / "problems" / "two_sum", root / "problems" / "two_sum")
    toml = root / "problems" / "two_sum" / "problem.toml"
    toml.write_text(toml.read_text().replace("minutes = 15", 'minutes = "fifteen"'))
    monkeypatch.setenv("DRILL_CATALOGUE", str(root))
    result = CliRunner().invoke(cli, ["--workspace", str(tmp_path / "ws"), "start", "two_sum"])
    assert result.exit_code == 1
    assert str(toml) in result.output and "minutes" in result.output
    listing = CliRunner().invoke(cli, ["--workspace", str(tmp_path / "ws"), "list"])
    assert "skipped a broken problem" in listing.output


@pytest.mark.parametrize("args", [["--help"], ["list"], ["start", "two_sum"], ["status"], ["show", "two_sum"]])
def test_everyday_commands_do_not_import_numpy_or_torch(tmp_path, args):
    """These must start fast; numpy and torch are for the worker and the ML tests only."""
    import subprocess
    import sys

    code = ("import sys\nfrom harness.cli import cli\n"
            "try:\n    cli(sys.argv[1:], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "heavy = sorted(m for m in ('numpy', 'torch', 'jsonschema', 'pytest') if m in sys.modules)\n"
            "print('HEAVY=' + ','.join(heavy))\n")
    proc = subprocess.run([sys.executable, "-c", code, "--workspace", str(tmp_path / "ws"), *args],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    heavy = [line for line in proc.stdout.splitlines() if line.startswith("HEAVY=")]
    assert heavy, proc.stdout + proc.stderr
    assert "numpy" not in heavy[0] and "torch" not in heavy[0] and "pytest" not in heavy[0], heavy[0]


# --- interrupted and unreadable ----------------------------------------------------------------

HANGING_WITH_A_DAEMON = """
import os
import time

def _daemon(tag):
    r, w = os.pipe()
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            os.write(w, b"x")
            os.execv("/bin/sleep", [tag, "600"])
        os._exit(0)
    os.read(r, 1)

def two_sum(nums, target):
    _daemon("drill-exploit-ctrl-c")
    time.sleep(2.5)  # under the 3 s limit: no timeout shortens the grading, which lasts a minute
    return []
"""


@pytest.mark.processes  # looks for leftover processes by name
@pytest.mark.parametrize(("isolation", "signame"), [("bubblewrap", "SIGINT"), ("process", "SIGINT"),
                                               ("process", "SIGTERM")])
def test_ctrl_c_during_grading_kills_everything_and_records_nothing(tmp_path, isolation, signame):
    """SIGINT to a real `drill grade` (as a terminal sends it, to its process group) mid-grading;
    SIGTERM (a cancelled CI job) is handled the same way."""
    import signal
    import subprocess
    import sys

    from harness.isolation.bubblewrap import bubblewrap_status
    from harness.practice.store import Store

    from .processes import Watch, default_sigint, describe

    if isolation == "bubblewrap" and not bubblewrap_status()[0]:
        pytest.skip(f"bubblewrap unavailable: {bubblewrap_status()[1]}")
    ws = tmp_path / "ws"
    env = {**os.environ, "HOME": str(tmp_path), "DRILL_ISOLATION": isolation}
    drill_cmd = [sys.executable, "-m", "harness", "--workspace", str(ws)]
    assert subprocess.run([*drill_cmd, "start", "two_sum"], env=env, capture_output=True).returncode == 0
    (ws / "two_sum" / "solution.py").write_text(HANGING_WITH_A_DAEMON)

    watch = Watch()
    watch.start()
    proc = subprocess.Popen([*drill_cmd, "grade", "two_sum"], env=env, start_new_session=True, preexec_fn=default_sigint,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch.root = proc.pid
    try:
        deadline = time.monotonic() + 30
        while not any("drill-exploit-ctrl-c" in p.cmdline for p in watch.sample()):
            assert time.monotonic() < deadline and proc.poll() is None, "grading never reached the hang"
            time.sleep(0.05)
        time.sleep(0.2)
        watch.sample()  # the worker, the test process, bwrap: all recorded while they run
        assert len(watch.seen) >= 3, describe(list(watch.seen.values()))
        os.killpg(proc.pid, getattr(signal, signame))
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, (out, err)
    assert "interrupted: nothing was recorded" in err
    left = watch.leftovers()
    assert not left, f"left behind after Ctrl-C:\n{describe(left)}"

    # The history is consistent, has no trace of the interrupted run, and the lock is free.
    db = ws / ".drill" / "history.sqlite"
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    store = Store(db)
    assert [e.kind for e in store.events("two_sum")] == ["start"]
    assert [a.status for a in store.in_progress("two_sum")] == ["in_progress"]
    store.close()
    (ws / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    again = subprocess.run([*drill_cmd, "grade", "two_sum"], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stdout + again.stderr
    history = subprocess.run([*drill_cmd, "history", "two_sum"], env=env, capture_output=True, text=True)
    assert history.returncode == 0 and "passed" in history.stdout


def test_unreadable_workspace_is_refused_with_what_to_do(tmp_path, drill, workspace):
    """chmod 000 on the workspace. Root reads through mode 000, so as root there is nothing to
    refuse and this is skipped; the messages themselves are checked by the next test."""
    if os.geteuid() == 0:
        pytest.skip("running as root: mode 000 does not stop root, so there is nothing to refuse")
    drill("start", "two_sum")
    workspace.chmod(0)
    try:
        result = drill("grade", "two_sum")
    finally:
        workspace.chmod(0o755)
    assert result.exit_code in (1, 2)
    assert str(workspace) in result.output and "not readable" in result.output


def test_unreadable_workspace_messages_name_the_folder_and_the_fix(tmp_path, drill, workspace, monkeypatch):
    """What a user without root sees (os.access answers as it would for them): from --workspace,
    click's usage error; from the folder you are in, the library's message with the fix."""
    import harness.practice.workspace
    from harness.errors import WorkspaceError

    drill("start", "two_sum")
    real_access = os.access
    monkeypatch.setattr(harness.practice.workspace.os, "access",
                        lambda path, mode: False if os.fspath(path) == str(workspace) else real_access(path, mode))
    result = drill("grade", "two_sum")
    assert result.exit_code == 2, result.output
    assert str(workspace) in result.output and "is not readable" in result.output
    with pytest.raises(WorkspaceError) as info:
        harness.practice.workspace.Workspace(workspace)
    assert str(workspace) in info.value.message and "not readable" in info.value.message
    assert "fix its permissions or choose another folder" in info.value.hint


def test_start_copies_the_examples_with_the_helpers_they_import(drill, workspace):
    assert drill("start", "serialize_tree").exit_code == 0
    folder = workspace / "serialize_tree"
    assert "from support import" in (folder / "test_examples.py").read_text()
    assert (folder / "support.py").is_file()
    assert not (folder / "test_hidden.py").exists()
