"""What the terminal shows: user text verbatim (no markup, no emoji codes), identifiers never cut."""

from __future__ import annotations

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
