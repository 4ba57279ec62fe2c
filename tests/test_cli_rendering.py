"""What the terminal shows: user text verbatim (no markup, no emoji codes), identifiers never cut."""

from __future__ import annotations

import pytest

HOSTILE = 'nums[0:x:b] ":thumbs_up:" [red]x[/red] [bold]b'


def test_user_text_prints_verbatim(drill, workspace):
    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").write_text(
        "def two_sum(nums, target):\n"
        f"    print({HOSTILE!r})\n"
        f"    raise ValueError({HOSTILE!r})\n")
    result = drill("test", "two_sum")
    assert result.exit_code == 1
    assert result.output.count(HOSTILE) >= 2, result.output  # the exception message and the captured output
    assert "\N{CROSS MARK}" not in result.output and "\N{THUMBS UP SIGN}" not in result.output


def test_file_names_print_verbatim(tmp_path):
    from click.testing import CliRunner

    from harness.cli import cli

    odd = tmp_path / "ws[red]x[/red]:x:"
    result = CliRunner().invoke(cli, ["--workspace", str(odd), "start", "two_sum"], catch_exceptions=False)
    assert result.exit_code == 0
    assert str(odd / "two_sum" / "solution.py") in result.output.replace("\n", "")


WIDTHS = (60, 80, 120)
SEED = "2147480001"


@pytest.fixture
def practised(drill, workspace, tmp_path, monkeypatch):
    """A workspace with tests, grades, a hint and a finished mock on two_sum and its relabelled copies."""
    from .test_mock import LOOP
    from .test_practice_plan import make_catalogue

    make_catalogue(tmp_path, monkeypatch, LOOP)
    assert drill("mock", "start", "--with-stats", "--seed", "3").exit_code == 0
    assert drill("grade", "two_sum", "--seed", SEED).exit_code == 1
    drill("hint", "two_sum")
    assert drill("mock", "end").exit_code == 0
    return drill


@pytest.mark.parametrize("width", WIDTHS)
def test_identifiers_are_never_cut(practised, monkeypatch, width):
    monkeypatch.setenv("COLUMNS", str(width))
    words = {"list": ["two_sum", "ml_pairs", "stats_pairs", "attempted", "new"],
             "history": ["two_sum", SEED, "failed", "grade", "start", "hint", "mock", "mock #1"],
             "mock": ["#1", "two_sum", "ml_pairs", "stats_pairs"],
             "mock show 1": ["two_sum", "unsolved", "Coding #1", "Statistics", "skipped"],
             "next": ["two_sum", "ml_pairs", "stats_pairs"]}
    for command, expected in words.items():
        result = practised(*command.split())
        assert result.exit_code == 0, result.output
        assert "\N{HORIZONTAL ELLIPSIS}" not in result.output and "..." not in result.output, (command, result.output)
        for word in expected:
            assert word in result.output, (command, width, word, result.output)
