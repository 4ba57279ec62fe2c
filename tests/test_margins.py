"""The figures behind timing-based verdicts: written only when asked, and every speed test writes its own."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from harness.trusted import margins, plugin
from harness.trusted.checks import CheckFailed, check_cpu_within

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_margins import margin  # noqa: E402 - after the sys.path line above


def test_nothing_is_written_without_the_variable(monkeypatch, tmp_path):
    monkeypatch.delenv(margins.MARGINS_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    check_cpu_within(0.1, 1.0, "never shown")
    assert not margins.enabled()
    assert list(tmp_path.iterdir()) == []


def test_a_speed_check_writes_its_figures_and_fails_over_the_limit(monkeypatch, tmp_path):
    log = tmp_path / "margins.jsonl"
    monkeypatch.setenv(margins.MARGINS_ENV, str(log))
    monkeypatch.setattr(plugin, "_current", plugin._Submission(Path("/s/solution.py"), 3))
    check_cpu_within(0.5, 2.0, "not shown")
    with pytest.raises(CheckFailed, match="too slow"):
        check_cpu_within(2.5, 2.0, "too slow")
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(r["figure"], r["seconds"], r["limit"], r["index"], r["solution"]) for r in lines] == [
        ("speed", 0.5, 2.0, 3, "/s/solution.py"), ("speed", 2.5, 2.0, 3, "/s/solution.py")]
    assert lines[0]["test"].endswith("test_a_speed_check_writes_its_figures_and_fails_over_the_limit")
    assert [margin(r) for r in lines] == [4.0, 0.8]


def test_the_guard_margin_needs_all_three_share_criteria_to_fail():
    base = {"figure": "guard", "ratio": 20.0, "ratio_limit": 222.0, "share_limit": 0.3,
            "share_seconds_limit": 0.2, "step_limit": 7.5}
    honest = dict(base, share=0.6, share_seconds=0.05, step=9.0)  # a large share of too little time
    assert margin(honest) == pytest.approx(4.0)
    brute = dict(base, share=0.9, share_seconds=0.6, step=10.0)
    assert margin(brute) == pytest.approx(7.5 / 10.0)
    copying = dict(base, ratio=444.0, share=0.0, share_seconds=0.0, step=0.0)
    assert margin(copying) == pytest.approx(0.5)
    timed_out = {"figure": "call", "seconds": 2.0, "limit": 3.0, "timed_out": True}
    assert margin(timed_out) == 1.0  # a call cut at its limit never reads as passing


def test_every_speed_test_judges_with_check_cpu_within():
    """A test that reads the worker's CPU clock decides with check_cpu_within, so its margin is measured."""
    readers = [p for p in (ROOT / "problems").glob("*/tests/test_*.py")
               if "worker_cpu_seconds()" in p.read_text(encoding="utf-8")]
    assert len(readers) >= 5
    for path in readers:
        text = path.read_text(encoding="utf-8")
        assert text.count("worker_cpu_seconds()") == 2 * len(re.findall(r"check_cpu_within\(", text)), path
