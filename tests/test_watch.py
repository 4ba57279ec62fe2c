"""`drill test --watch`: a run now, another on each save, from a warm grader; Ctrl-C ends it cleanly."""

from __future__ import annotations

import os

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
