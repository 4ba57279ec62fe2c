"""Every error's advice points somewhere that works."""

from __future__ import annotations

import sqlite3

from .test_practice_plan import history_db


def test_a_newer_history_does_not_advise_an_unrelated_package(drill, workspace):
    drill("start", "two_sum")
    con = sqlite3.connect(history_db(workspace))
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    result = drill("status")
    assert result.exit_code == 1
    assert "git pull && make install" in result.output and "unrelated package" in result.output


def test_a_deleted_solution_suggests_what_works(drill, workspace):
    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").unlink()
    result = drill("grade", "two_sum")
    assert result.exit_code == 1
    assert "drill start two_sum --restart" in result.output
    # ... and the advice works.
    assert drill("start", "two_sum", "--restart").exit_code == 0


def test_a_bogus_isolation_setting_is_a_usage_error_listing_the_values(drill, monkeypatch):
    monkeypatch.setenv("DRILL_ISOLATION", "bogus")
    drill("start", "two_sum")
    for args in (["test", "two_sum"], ["grade", "two_sum"], ["validate", "two_sum"], ["ci", "."]):
        result = drill(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "'bogus'" in result.output and "auto" in result.output and "process" in result.output
        assert "install bubblewrap" not in result.output


def test_two_attempts_hint_names_the_command_in_use(drill):
    drill("start", "two_sum")
    drill("start", "valid_parentheses")
    result = drill("test")
    assert result.exit_code == 2 and "drill test two_sum" in result.output and "drill grade" not in result.output
    assert "drill abandon two_sum" in drill("abandon").output


def test_solution_yes_without_force_says_what_it_needs(drill):
    result = drill("solution", "two_sum", "--yes")
    assert result.exit_code == 2 and "--force --yes" in result.output


def test_init_without_an_origin_says_how_to_pass_the_source(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from harness.ci import init as ci_init
    from harness.cli import cli

    monkeypatch.setattr(ci_init, "catalogue_root", lambda: tmp_path)  # a checkout with no git remote
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "repo")])
    assert result.exit_code == 2
    assert "--from-git URL@REV" in result.output and "--from-path" in result.output
