"""`drill test --watch`: a run now, another on each save, from a warm grader; Ctrl-C ends it cleanly."""

from __future__ import annotations

import os

import pytest

from harness.cli import watch

from .conftest import ROOT


def _drive(monkeypatch, solution, saves: dict[int, str], stop_after: int) -> list[float]:
    """Replace the watch's sleep: on the Nth poll write saves[N] into solution.py; Ctrl-C at `stop_after`."""
    calls: list[float] = []

    def fake_sleep(seconds: float) -> None:
        calls.append(seconds)
        if seconds != watch.POLL:
            return
        polls = calls.count(watch.POLL)
        if polls in saves:
            solution.write_text(saves[polls])
            st = solution.stat()
            os.utime(solution, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # a later save
        if polls >= stop_after:
            raise KeyboardInterrupt

    monkeypatch.setattr(watch, "sleep", fake_sleep)
    return calls


def test_watch_runs_now_and_on_each_save_then_stops_on_ctrl_c(drill, workspace, monkeypatch):
    drill("start", "two_sum")
    solution = workspace / "two_sum" / "solution.py"
    reference = (ROOT / "solutions/two_sum/reference.py").read_text()
    _drive(monkeypatch, solution, {2: reference}, stop_after=4)
    result = drill("test", "two_sum", "--watch")
    assert result.exit_code == 0, result.output
    assert result.output.count("visible examples: FAILED") == 1
    assert result.output.count("visible examples: PASSED") == 1
    assert result.output.index("FAILED") < result.output.index("PASSED")
    assert "each save runs `drill test two_sum` again" in result.output
    assert result.output.rstrip().endswith("stopped watching")
    assert "Traceback" not in result.output
    history = drill("history").output
    assert history.count(" test ") == 2 or history.count("test") >= 2


def test_watch_waits_for_a_missing_file_and_ignores_unchanged_ones(drill, workspace, monkeypatch):
    drill("start", "two_sum")
    solution = workspace / "two_sum" / "solution.py"
    solution.unlink()
    _drive(monkeypatch, solution, {3: "def two_sum(nums, target):\n    return []\n"}, stop_after=6)
    result = drill("grade", "two_sum", "--watch")
    assert result.exit_code == 0, result.output
    assert result.output.count("hidden tests: FAILED") == 1  # once, when the file appeared


def test_ctrl_c_during_a_run_ends_the_watch_cleanly(drill, workspace, monkeypatch):
    from harness.practice import loop

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    drill("start", "two_sum")
    monkeypatch.setattr(loop, "run", interrupted)
    result = drill("test", "--watch")
    assert result.exit_code == 0 and "stopped watching" in result.output and "Traceback" not in result.output


def test_warm_runs_grade_as_cold_runs_do_in_one_test_process(catalogue, tmp_path):
    from harness.grading.grader import GradeOptions, grade
    from harness.practice.watch import WarmGrader

    problem = catalogue.get("two_sum")
    solution = tmp_path / "solution.py"
    grader = WarmGrader("test")
    try:
        reports = []
        for source in ("stub.py", "reference.py", "syntax"):
            text = {"stub.py": (ROOT / "problems/two_sum/stub.py"), "reference.py": (ROOT / "solutions/two_sum/reference.py")}
            solution.write_text(text[source].read_text() if source in text else "def two_sum(:\n")
            warm = grader(problem, solution, GradeOptions(kind="test", seed=5))
            cold = grade(problem, solution, GradeOptions(kind="test", seed=5))
            reports.append(warm)
            assert (warm.passed, warm.error is None, warm.category_counts()) == \
                   (cold.passed, cold.error is None, cold.category_counts()), source
            assert [(t.name, t.passed) for t in warm.tests] == [(t.name, t.passed) for t in cold.tests]
        session = grader.session
        assert session is not None and not session.ended.is_set()  # one process served every run
        assert [r.passed for r in reports] == [False, True, False] and "SyntaxError" in reports[2].error
    finally:
        grader.close()
    assert session.ended.is_set() and not session.thread.is_alive()


def test_a_dead_warm_process_falls_back_to_a_cold_run(catalogue, tmp_path):
    from harness.grading.grader import GradeOptions
    from harness.practice.watch import WarmGrader

    problem = catalogue.get("two_sum")
    solution = tmp_path / "solution.py"
    solution.write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    grader = WarmGrader("test")
    try:
        assert grader(problem, solution, GradeOptions(kind="test")).passed
        first = grader.session
        first.run.close()  # the test process ends under the watch
        first.ended.wait(10)
        assert grader(problem, solution, GradeOptions(kind="test")).passed
        assert grader.session is None or grader.session is not first
    finally:
        grader.close()


def test_watch_entries_arrive_on_the_pipe(tmp_path):
    import threading

    import pytest

    from harness.protocol.settings import BatchEntry, GradingSettings, SettingsError, batch_entries

    fifo = tmp_path / "w"
    os.mkfifo(fifo)
    settings = GradingSettings(seed=1, call_timeout=1.0, memory_mb=64, batch=(BatchEntry(0, "/a"),), watch=str(fifo))

    def write() -> None:
        with open(fifo, "w") as pipe:
            pipe.write("1 /b\n2 /c d\n")

    threading.Thread(target=write).start()
    assert list(batch_entries(settings)) == [BatchEntry(0, "/a"), BatchEntry(1, "/b"), BatchEntry(2, "/c d")]
    assert GradingSettings.from_json(settings.to_json()) == settings
    threading.Thread(target=lambda: fifo.write_text("x\n")).start()
    with pytest.raises(SettingsError):
        list(batch_entries(settings))


@pytest.mark.processes  # looks for leftover processes
def test_ctrl_c_ends_a_real_watch_and_leaves_nothing_running(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from .processes import Watch, default_sigint, describe

    ws = tmp_path / "ws"
    env = {**os.environ, "HOME": str(tmp_path), "DRILL_PROGRESS": "0"}
    drill_cmd = [sys.executable, "-m", "harness", "--workspace", str(ws)]
    assert subprocess.run([*drill_cmd, "start", "two_sum"], env=env, capture_output=True).returncode == 0
    solution = ws / "two_sum" / "solution.py"
    seen = Watch().start()
    proc = subprocess.Popen([*drill_cmd, "test", "--watch"], env=env, start_new_session=True, preexec_fn=default_sigint,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen.root = proc.pid
    try:
        deadline = time.monotonic() + 120
        runs = 0
        while runs < 2:
            assert time.monotonic() < deadline and proc.poll() is None, "the watch never ran twice"
            line = proc.stdout.readline()
            if "each save runs" in line:
                runs += 1
                seen.sample()
                if runs == 1:
                    solution.write_text((ROOT / "solutions/two_sum/reference.py").read_text())
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, (out, err)
    assert "stopped watching" in out and "Traceback" not in err
    left = seen.leftovers(grace=2.0)
    assert not left, f"left behind after Ctrl-C:\n{describe(left)}"
