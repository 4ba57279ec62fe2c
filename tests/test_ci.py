"""Practice repos in CI: drill init, drill ci (discovery, safety, reports, sharding, git), drill ci
merge, and batch grading (many submissions per test process, each with its own worker)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import tomllib
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from harness.ci import render as ci_render
from harness.ci import run as ci
from harness.ci.repo import (
    Config,
    changed_since,
    discover,
    display_name,
    load_config,
    parse_shard,
    shard_of,
)
from harness.ci.run import CiReport, Status, SubmissionResult
from harness.cli import cli
from harness.complexity.verdict import ComplexityVerdict
from harness.errors import UsageError
from harness.grading import grader, results
from harness.grading.grader import GradeOptions, Submission, grade, grade_batch
from harness.grading.report import validate_json as validate_grade_json
from harness.grading.results import Outcome, Report
from harness.protocol.messages import Begin

from .conftest import FIXTURES, ROOT

CI_FIXTURES = FIXTURES / "ci"
TWO_SUM = ROOT / "solutions" / "two_sum"
HOSTILE_PERSON = "<img src=x onerror=alert(1)>|**x**`y`"


def put(root: Path, rel: str, source: Path | str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(source.read_bytes() if isinstance(source, Path) else source.encode())
    return path


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, env=env)


def command_lines(text: str) -> list[str]:
    """Lines a GitHub runner would read as workflow commands."""
    return [line for line in text.splitlines() if line.lstrip().startswith("::") or "##[" in line]


# --- the graded repo, shared by the end-to-end tests ----------------------------------------------


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """One `drill ci` run over a repo with every kind of submission; graded once for the module."""
    tmp = tmp_path_factory.mktemp("ci")
    repo = tmp / "repo"
    put(repo, "alice/two_sum/solution.py", TWO_SUM / "reference.py")
    put(repo, "bob/two_sum/solution.py", TWO_SUM / "wrong_adjacent_only.py")
    put(repo, "bob/valid_parentheses/solution.py", ROOT / "solutions/valid_parentheses/reference.py")
    put(repo, "dave/two-sum/solution.py", TWO_SUM / "reference.py")
    put(repo, "eve/two_sum/solution.py", CI_FIXTURES / "syntax_error.py")
    put(repo, "mallory/two_sum/solution.py", CI_FIXTURES / "workflow_commands.py")
    put(repo, f"{HOSTILE_PERSON}/two_sum/solution.py", TWO_SUM / "reference.py")
    put(repo, "oscar/search_rotated/solution.py", ROOT / "solutions/search_rotated/reference.py")
    (repo / "carol/two_sum").mkdir(parents=True)
    (repo / "carol/two_sum/solution.py").symlink_to(repo / "alice/two_sum/solution.py")
    (repo / "linked").symlink_to(repo / "alice")
    put(repo, "alice/notes.md", "not a submission")
    put(repo, "drill.toml", 'problems = ["two_sum", "valid_parentheses"]\n')
    out = tmp / "out"
    out.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOME", str(tmp / "home"))
        mp.setenv("GITHUB_ACTIONS", "true")
        result = invoke("ci", str(repo), "--seed", "7", "--jobs", "2", "--markdown", str(out / "summary.md"),
                        "--json", str(out / "report.json"), "--junit", str(out / "junit.xml"))
    return {"repo": repo, "result": result, "json": json.loads((out / "report.json").read_text()),
            "markdown": (out / "summary.md").read_text(), "junit": ET.parse(out / "junit.xml").getroot()}


def by_path(report: dict) -> dict[str, dict]:
    return {s["path"]: s for s in report["submissions"]}


@pytest.mark.slow
def test_ci_grades_every_submission_and_reports_each_kind(graded):
    assert graded["result"].exit_code == 0, graded["result"].output  # failing solutions are normal
    subs = by_path(graded["json"])
    status = {path: s["status"] for path, s in subs.items()}
    assert status["alice/two_sum/solution.py"] == "passed"
    assert status["bob/two_sum/solution.py"] == "failed"
    assert status["bob/valid_parentheses/solution.py"] == "passed"
    assert status["eve/two_sum/solution.py"] == "failed"
    assert "SyntaxError" in subs["eve/two_sum/solution.py"]["report"]["error"]
    assert status["mallory/two_sum/solution.py"] == "failed"
    assert status["carol/two_sum/solution.py"] == "rejected"
    assert "symlink" in subs["carol/two_sum/solution.py"]["message"]
    assert status["linked/"] == "rejected" and "symlink" in subs["linked/"]["message"]
    assert status["dave/two-sum/solution.py"] == "unknown-problem"
    assert "did you mean: two_sum" in subs["dave/two-sum/solution.py"]["message"]
    assert status["oscar/search_rotated/solution.py"] == "not-counted"
    assert status[f"{HOSTILE_PERSON}/two_sum/solution.py"] == "rejected"
    assert "person folder name" in subs[f"{HOSTILE_PERSON}/two_sum/solution.py"]["message"]
    assert len(subs) == 10  # notes.md and drill.toml are not submissions
    # Graded with the installed catalogue's hidden tests, one seed for everyone.
    alice = subs["alice/two_sum/solution.py"]["report"]
    assert alice["seed"] == 7 and len(alice["tests"]) >= 20 and alice["kind"] == "grade"


@pytest.mark.slow
def test_ci_json_report_matches_the_schema_and_round_trips(graded):
    data = graded["json"]
    ci.validate_json(data)
    for sub in data["submissions"]:
        if sub["report"]:
            validate_grade_json(sub["report"])
    assert CiReport.from_dict(data).to_dict() == data
    assert data["totals"]["passed"] == 2 and data["totals"]["rejected"] == 3
    board = {row["person"]: row for row in data["leaderboard"]}
    assert board["bob"]["solved"] == 1 and board["bob"]["attempted"] == 2 and board["alice"]["rank"] == 1


@pytest.mark.slow
def test_ci_log_carries_no_workflow_command_from_a_submission(graded):
    lines = graded["result"].output.splitlines()
    token = lines[0].removeprefix("::stop-commands::")
    assert lines[0].startswith("::stop-commands::") and len(token) == 32
    assert lines[-1] == f"::{token}::"
    assert command_lines("\n".join(lines[1:-1])) == []
    assert "pwned" not in graded["result"].output and "hunter2" not in graded["result"].output


@pytest.mark.slow
def test_markdown_summary_is_neutralised(graded):
    md = graded["markdown"]
    assert command_lines(md) == []
    assert "<img" not in md and "&lt;img src=x onerror=alert\\(1\\)&gt;" in md
    assert "`" not in md.replace("\\`", "")
    # Every row of a table has as many unescaped pipes as its header: no cell broke out.
    tables, current = [], []
    for line in md.splitlines() + [""]:
        if line.startswith("|"):
            current.append(len(re.findall(r"(?<!\\)\|", line)))
        elif current:
            tables.append(current)
            current = []
    assert len(tables) == 3  # the matrix, the leaderboard, what needs attention
    assert all(len(set(widths)) == 1 for widths in tables), tables
    assert tables[0][0] == 5  # person, two_sum, valid_parentheses, solved
    assert "pwned" in md  # the failure is shown, as inert text
    assert re.search(r"\| alice \| ✅ O\\\(n\\\) · [0-9.]+ s \| — \| 1 \|", md), md
    assert "### Leaderboard" in md and "### Needs attention" in md


@pytest.mark.slow
def test_junit_has_a_suite_per_submission_and_a_case_per_hidden_test(graded):
    suites = {s.get("name"): s for s in graded["junit"].iter("testsuite")}
    assert len(suites) == len(graded["json"]["submissions"])
    alice = suites["alice/two_sum"]
    hidden = len(by_path(graded["json"])["alice/two_sum/solution.py"]["report"]["tests"])
    assert len(alice.findall("testcase")) == hidden and alice.get("failures") == "0"
    assert int(suites["bob/two_sum"].get("failures")) > 0
    carol = suites["carol/two_sum"]
    assert carol.find("testcase/failure") is not None
    assert suites["oscar/search_rotated"].find("testcase/skipped") is not None


# --- discovery and safety ----------------------------------------------------------------------------


def test_discovery_refuses_links_bad_names_and_odd_files(tmp_path):
    repo = tmp_path / "repo"
    put(repo, "ann/two_sum/solution.py", "x = 1\n")
    put(repo, "ann/two_sum/tests/test_examples.py", "raise SystemExit\n")  # ignored: not solution.py
    (repo / "ann/lru_cache").mkdir()  # no solution.py yet: nothing to grade
    put(tmp_path / "elsewhere", "secret/solution.py", "stolen = True\n")
    (repo / "ben").mkdir()
    (repo / "ben/two_sum").symlink_to(tmp_path / "elsewhere/secret")
    (repo / "cat/two_sum").mkdir(parents=True)
    os.link(tmp_path / "elsewhere/secret/solution.py", repo / "cat/two_sum/solution.py")
    put(repo, "dan/two_sum/solution.py/inner.py", "")  # solution.py is a folder
    put(repo, "ed/two_sum/solution.py", "#" * (2 * 1024 * 1024))
    put(repo, "bad name/two_sum/solution.py", "x = 1\n")
    put(repo, "fay/two sum/solution.py", "x = 1\n")
    (repo / "gus/two_sum").mkdir(parents=True)
    os.mkfifo(repo / "gus/two_sum/solution.py")
    put(repo, ".github/workflows/solution.py", "")  # hidden folders are not people
    found = {f.path: f for f in discover(repo)}
    assert found["ann/two_sum/solution.py"].source == b"x = 1\n"
    assert "ann/lru_cache/solution.py" not in found
    assert "symlink" in found["ben/two_sum/solution.py"].problem
    assert found["ben/two_sum/solution.py"].source is None
    assert "hard link" in found["cat/two_sum/solution.py"].problem
    assert "not a plain file" in found["dan/two_sum/solution.py"].problem
    assert "larger than" in found["ed/two_sum/solution.py"].problem
    assert "person folder name 'bad name'" in found["bad name/two_sum/solution.py"].problem
    assert "problem folder name 'two sum'" in found["fay/two sum/solution.py"].problem
    assert "not a plain file" in found["gus/two_sum/solution.py"].problem  # and reading did not block
    assert not any(p.startswith(".github") for p in found)
    assert "ann/two_sum/solution.py" not in {f.path for f in discover(repo, ignore=("ann",))}


def test_display_name_escapes_what_is_not_printable_ascii():
    assert display_name("alice") == "alice"
    assert display_name("a\nb\\c\x1b") == "a\\x0ab\\x5cc\\x1b"
    assert display_name("é") == "\\xe9"


def test_log_safe_neutralises_workflow_commands_and_control_characters():
    text = "ok\n  ::error::x\nsay ##[warning]y\r::add-mask::z\u2028::stop-commands::t\x1b[31m"
    safe = ci_render.log_safe(text)
    assert command_lines(safe) == []
    assert "\x1b" not in safe and "ok" in safe and "error" in safe


def test_md_text_escapes_pipes_html_backticks_and_markup():
    text = ci_render.md_text("a|b `c` <b>d</b> **e** [f](g) &amp;\n::error::x")
    assert "<" not in text and "\n" not in text and "&amp;amp;" in text
    assert re.search(r"(?<!\\)[|`*\[\]]", text) is None


def test_missing_root_is_a_usage_error(tmp_path):
    result = invoke("ci", str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and "not a folder" in result.output


def test_catalogue_inside_the_graded_repo_is_refused():
    result = invoke("ci", str(ROOT))
    assert result.exit_code == 2
    assert "inside the repository being graded" in result.output


# --- config, exit policy -------------------------------------------------------------------------------


def test_config_errors_are_clear(tmp_path):
    cases = {
        'fail_on = "sometimes"\n': "fail_on",
        'colour = "blue"\n': "unknown setting 'colour'",
        'problems = "two_sum"\n': "list of problem slugs",
        "[deadlines]\ntwo_sum = \"next week\"\n": "deadlines.two_sum",
        "problems = [\n": "not valid TOML",
    }
    for text, needle in cases.items():
        path = tmp_path / "drill.toml"
        path.write_text(text)
        with pytest.raises(UsageError, match=re.escape(needle)):
            load_config(path)
    path.write_text('problems = ["two_sum"]\nfail_on = "none"\n[deadlines]\ntwo_sum = 2030-01-01\n')
    config = load_config(path)
    assert config.problems == ("two_sum",) and config.fail_on == "none"
    assert config.deadlines["two_sum"].isoformat() == "2030-01-01T23:59:59+00:00"


def test_config_naming_an_unknown_problem_gets_did_you_mean(tmp_path):
    put(tmp_path, "drill.toml", 'problems = ["two_summ"]\n')
    result = invoke("ci", str(tmp_path))
    assert result.exit_code == 2 and "did you mean: two_sum" in result.output


def _result(person: str, slug: str, status: Status, late: bool | None = None) -> SubmissionResult:
    return SubmissionResult(person, slug, f"{person}/{slug}/solution.py", status, late=late)


def _report(*subs: SubmissionResult, shard=None) -> CiReport:
    return CiReport(started_at="2025-01-01T00:00:00+00:00", duration=1.0, root="/r",
                    problems=("two_sum", "valid_parentheses"), submissions=tuple(subs), seeds=(1,),
                    isolation=("process",), shard=shard)


@pytest.mark.parametrize(("status", "none", "error", "any_failure"), [
    (Status.PASSED, 0, 0, 0),
    (Status.NOT_COUNTED, 0, 0, 0),
    (Status.FAILED, 0, 0, 1),
    (Status.REJECTED, 0, 0, 1),
    (Status.UNKNOWN, 0, 0, 1),
    (Status.ERROR, 0, 1, 1),
])
def test_exit_policy(status, none, error, any_failure):
    report = _report(_result("ann", "two_sum", Status.PASSED), _result("ben", "two_sum", status))
    assert [report.exit_code(p) for p in ("none", "error", "any-failure")] == [none, error, any_failure]


def test_exit_status_follows_the_policy_from_option_and_config(tmp_path):
    put(tmp_path, "eve/two_sum/solution.py", CI_FIXTURES / "syntax_error.py")  # fails without a test process
    assert invoke("ci", str(tmp_path)).exit_code == 0
    assert invoke("ci", str(tmp_path), "--fail-on", "any-failure").exit_code == 1
    put(tmp_path, "drill.toml", 'fail_on = "any-failure"\n')
    assert invoke("ci", str(tmp_path)).exit_code == 1
    assert invoke("ci", str(tmp_path), "--fail-on", "none").exit_code == 0


def test_broken_grading_is_an_error_for_its_submissions_only(tmp_path, monkeypatch):
    from harness.errors import GradingError

    def broken(*args, **kwargs):
        raise GradingError("the sandbox cannot start")

    monkeypatch.setattr(grader, "grade_batch", broken)
    put(tmp_path, "ann/two_sum/solution.py", TWO_SUM / "reference.py")
    put(tmp_path, "ben/twosum/solution.py", TWO_SUM / "reference.py")
    out = tmp_path / "r.json"
    result = invoke("ci", str(tmp_path), "--json", str(out))
    assert result.exit_code == 1, result.output
    subs = by_path(json.loads(out.read_text()))
    assert subs["ann/two_sum/solution.py"]["status"] == "error"
    assert "the sandbox cannot start" in subs["ann/two_sum/solution.py"]["message"]
    assert subs["ben/twosum/solution.py"]["status"] == "unknown-problem"
    assert invoke("ci", str(tmp_path), "--fail-on", "none").exit_code == 0


def test_leaderboard_ranks_on_time_solves_then_late_ones_with_shared_ranks():
    report = _report(_result("ann", "two_sum", Status.PASSED), _result("ann", "valid_parentheses", Status.FAILED),
                     _result("ben", "two_sum", Status.PASSED, late=True),
                     _result("cat", "two_sum", Status.PASSED), _result("dan", "two_sum", Status.REJECTED))
    board = [(s.person, s.rank, s.solved, s.late, s.attempted) for s in report.leaderboard()]
    assert board == [("ann", 1, 1, 0, 2), ("cat", 1, 1, 0, 1), ("ben", 3, 0, 1, 1), ("dan", 4, 0, 0, 0)]
    assert "⏰" in ci_render.to_markdown(report)


# --- sharding and merging ---------------------------------------------------------------------------


def test_shards_partition_submissions_stably():
    keys = [f"p{i}/{slug}" for i in range(40) for slug in ("two_sum", "lru_cache", "word_ladder")]
    parts = {k: shard_of(k, 4) for k in keys}
    assert {k: shard_of(k, 4) for k in reversed(keys)} == parts  # order does not matter
    assert set(parts.values()) == {1, 2, 3, 4}
    assert all(20 <= list(parts.values()).count(i) <= 40 for i in range(1, 5))
    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/4", "5/4", "x", "1/0"):
        with pytest.raises(ValueError, match="i must be between 1 and n|not of the form i/n"):
            parse_shard(bad)
    result = invoke("ci", ".", "--shard", "3/2")
    assert result.exit_code == 2 and "between 1 and n" in result.output


def _syntax_repo(root: Path, people: int) -> None:
    for i in range(people):
        put(root, f"p{i:02d}/two_sum/solution.py", CI_FIXTURES / "syntax_error.py")


def test_shard_reports_merge_into_the_whole_run(tmp_path):
    repo = tmp_path / "repo"
    _syntax_repo(repo, 12)
    put(repo, "p00/nope/solution.py", "x = 1\n")
    files = []
    for i in (1, 2, 3):
        out = tmp_path / f"shard-{i}.json"
        assert invoke("ci", str(repo), "--shard", f"{i}/3", "--json", str(out)).exit_code == 0
        files.append(str(out))
    whole = tmp_path / "whole.json"
    invoke("ci", str(repo), "--json", str(whole))
    merged_json, merged_md = tmp_path / "merged.json", tmp_path / "merged.md"
    result = invoke("ci", "merge", *files, "--json", str(merged_json), "--markdown", str(merged_md))
    assert result.exit_code == 0, result.output
    merged = json.loads(merged_json.read_text())
    ci.validate_json(merged)
    assert sorted(by_path(merged)) == sorted(by_path(json.loads(whole.read_text())))
    assert merged["shards_merged"] == ["1/3", "2/3", "3/3"] and merged["shard"] is None
    assert "shards 1/3, 2/3, 3/3" in merged_md.read_text()
    # Fewer shards than the matrix had: merged, with a note.
    assert invoke("ci", "merge", *files[:2], "--json", str(merged_json)).exit_code == 0
    partial = json.loads(merged_json.read_text())
    assert any("shards missing from this merge: 3" in n for n in partial["notes"])


def test_merge_refuses_duplicates_versions_and_foreign_files(tmp_path):
    repo = tmp_path / "repo"
    _syntax_repo(repo, 3)
    first = tmp_path / "a.json"
    invoke("ci", str(repo), "--json", str(first))
    result = invoke("ci", "merge", str(first), str(first))
    assert result.exit_code == 2 and "appears in both" in result.output
    newer = json.loads(first.read_text())
    newer["format_version"] = ci.CI_FORMAT + 1
    (tmp_path / "b.json").write_text(json.dumps(newer))
    result = invoke("ci", "merge", str(first), str(tmp_path / "b.json"))
    assert result.exit_code == 2 and f"format version {ci.CI_FORMAT + 1}" in result.output
    report = grade_report_json(tmp_path)
    result = invoke("ci", "merge", str(report))
    assert result.exit_code == 2 and "not a drill ci report" in result.output
    broken = json.loads(first.read_text())
    broken["submissions"][0]["status"] = "great"
    (tmp_path / "c.json").write_text(json.dumps(broken))
    result = invoke("ci", "merge", str(tmp_path / "c.json"))
    assert result.exit_code == 2 and "submissions/0/status" in result.output
    result = invoke("ci", "merge", str(first), "--shard", "1/2")
    assert result.exit_code == 2 and "does not take --shard" in result.output


def grade_report_json(tmp_path: Path) -> Path:
    report = Report(kind="grade", slug="two_sum", title="Two Sum", round="coding", seed=1,
                    started_at="2025-01-01T00:00:00+00:00", duration=0.1, isolation="process",
                    harness_version="0", tests=(results.TestResult("t", "t", "correctness", Outcome.PASSED),))
    path = tmp_path / "grade.json"
    path.write_text(json.dumps(report.to_dict()))
    return path


def test_merge_with_no_reports_is_a_usage_error():
    result = invoke("ci", "merge")
    assert result.exit_code == 2 and "needs the report files" in result.output


# --- git: changed files and deadlines ----------------------------------------------------------------


def git(root: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e.x", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@e.x"}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@needs_git
def test_changed_since_grades_only_changed_and_new_solutions(tmp_path):
    repo = tmp_path / "repo"
    _syntax_repo(repo, 3)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "start")
    put(repo, "p01/two_sum/solution.py", "def two_sum(:\n")
    put(repo, "p09/two_sum/solution.py", "def two_sum(:\n")  # new, untracked
    assert changed_since(repo, "HEAD") == {"p01/two_sum/solution.py", "p09/two_sum/solution.py"}
    out = tmp_path / "r.json"
    assert invoke("ci", str(repo), "--changed-since", "HEAD", "--json", str(out)).exit_code == 0
    data = json.loads(out.read_text())
    assert sorted(by_path(data)) == ["p01/two_sum/solution.py", "p09/two_sum/solution.py"]
    assert data["changed_since"] == "HEAD"
    result = invoke("ci", str(repo), "--changed-since", "no-such-branch")
    assert result.exit_code == 2 and "unknown git revision 'no-such-branch'" in result.output
    result = invoke("ci", str(repo), "--changed-since=--output=/tmp/x")
    assert result.exit_code == 2 and "cannot start with '-'" in result.output


def test_changed_since_outside_a_git_repo_is_a_clear_error(tmp_path):
    _syntax_repo(tmp_path, 1)
    result = invoke("ci", str(tmp_path), "--changed-since", "main")
    assert result.exit_code == 2 and "is not a git repository" in result.output


@needs_git
def test_deadlines_mark_late_commits(tmp_path):
    repo = tmp_path / "repo"
    put(repo, "drill.toml", '[deadlines]\ntwo_sum = 2024-06-01T00:00:00Z\n')
    put(repo, "early/two_sum/solution.py", CI_FIXTURES / "syntax_error.py")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "early", date="2024-05-01T12:00:00+00:00")
    put(repo, "late/two_sum/solution.py", CI_FIXTURES / "syntax_error.py")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "late", date="2024-07-01T12:00:00+00:00")
    out, md = tmp_path / "r.json", tmp_path / "s.md"
    assert invoke("ci", str(repo), "--json", str(out), "--markdown", str(md)).exit_code == 0
    subs = by_path(json.loads(out.read_text()))
    assert subs["early/two_sum/solution.py"]["late"] is False
    assert subs["late/two_sum/solution.py"]["late"] is True
    assert subs["late/two_sum/solution.py"]["committed_at"].startswith("2024-07-01T12:00:00")
    assert "⏰" in md.read_text() and "commit dates" in md.read_text()


# --- drill init ---------------------------------------------------------------------------------------------


def test_init_writes_a_ready_practice_repo(tmp_path):
    repo = tmp_path / "group"
    result = invoke("init", str(repo), "--from-git", "https://example.org/drill.git@v1.2.3",
                    "--problems", "two_sum,valid_parentheses")
    assert result.exit_code == 0, result.output
    workflow = (repo / ".github/workflows/drill.yml").read_text()
    for needle in ('DRILL_GIT: "https://example.org/drill.git"', 'DRILL_REV: "v1.2.3"', "constraints.txt",
                   "drill\" ci .", "--markdown drill-summary.md", "--json drill-report.json",
                   "--junit drill-junit.xml", '>> "$GITHUB_STEP_SUMMARY"', "actions/upload-artifact",
                   "bubblewrap", "$RUNNER_TEMP/drill"):
        assert needle in workflow, needle
    assert "@@" not in workflow and "\t" not in workflow
    readme = (repo / "README.md").read_text()
    for needle in ("<person>/<problem>/solution.py", "drill ci .", "GitLab", ".gitlab-ci.yml", "plain shell",
                   "git -C ~/.drill-src checkout --quiet v1.2.3", "--fail-on"):
        assert needle in readme, needle
    config = load_config(repo / "drill.toml")
    assert config.problems == ("two_sum", "valid_parentheses") and config.fail_on == "error"
    assert ".drill/" in (repo / ".gitignore").read_text()
    try:
        import yaml
    except ImportError:
        return
    steps = yaml.safe_load(workflow)["jobs"]["grade"]["steps"]
    assert any("drill ci" in (s.get("run") or "") for s in steps)


def test_init_from_a_path_and_by_default_every_problem(tmp_path, catalogue):
    result = invoke("init", str(tmp_path / "g"), "--from-path", "/opt/drill")
    assert result.exit_code == 0, result.output
    assert 'DRILL_SRC: "/opt/drill"' in (tmp_path / "g/.github/workflows/drill.yml").read_text()
    problems = tomllib.loads((tmp_path / "g/drill.toml").read_text())["problems"]
    assert "two_sum" in problems and set(problems) <= set(catalogue.slugs())


@needs_git
def test_init_defaults_to_this_drills_origin_at_its_commit(tmp_path, monkeypatch):
    from harness.ci import init as ci_init

    checkout = tmp_path / "drill-checkout"
    put(checkout, "README.md", "drill\n")
    git(checkout, "init", "-q")
    git(checkout, "add", ".")
    git(checkout, "commit", "-q", "-m", "x")
    monkeypatch.setattr(ci_init, "catalogue_root", lambda: checkout)
    result = invoke("init", str(tmp_path / "g"))
    assert result.exit_code == 2 and "--from-git URL@REV" in result.output  # no origin remote
    git(checkout, "remote", "add", "origin", "https://example.org/drill.git")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=checkout, capture_output=True, text=True).stdout.strip()
    assert invoke("init", str(tmp_path / "g")).exit_code == 0
    assert f'DRILL_REV: "{head}"' in (tmp_path / "g/.github/workflows/drill.yml").read_text()


def test_init_never_overwrites(tmp_path):
    repo = tmp_path / "g"
    put(repo, "README.md", "ours\n")
    put(repo, ".gitignore", "mine\n")
    result = invoke("init", str(repo), "--from-git", "https://example.org/d.git@abc123")
    assert result.exit_code == 1 and "would overwrite" in result.output and "README.md" in result.output
    assert (repo / "README.md").read_text() == "ours\n"
    assert not (repo / "drill.toml").exists() and not (repo / ".github").exists()
    (repo / "README.md").unlink()
    assert invoke("init", str(repo), "--from-git", "https://example.org/d.git@abc123").exit_code == 0
    assert (repo / ".gitignore").read_text() == "mine\n"  # kept, not replaced


@pytest.mark.parametrize(("args", "needle"), [
    (["--from-git", "https://example.org/d.git"], "pin a revision"),
    (["--from-git", "git@example.org:org/d.git"], "pin a revision"),
    (["--from-git", "not a url@v1"], "does not look like a git URL"),
    (["--from-git", "https://example.org/d.git@v1;rm -rf"], "not a revision name"),
    (["--from-path", "relative/drill"], "absolute path"),
    (["--from-git", "https://example.org/d.git@v1", "--from-path", "/opt/d"], "not both"),
    (["--from-git", "https://example.org/d.git@v1", "--problems", "two_summ"], "did you mean"),
])
def test_init_refuses_unclear_sources(tmp_path, args, needle):
    result = invoke("init", str(tmp_path / "g"), *args)
    assert result.exit_code == 2 and needle in result.output, result.output
    assert not (tmp_path / "g/README.md").exists()


def test_templates_ship_with_the_package():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["harness"]
    assert "templates/*/*" in data
    from harness.ci.init import FILES, GITIGNORE, TEMPLATES

    assert all((TEMPLATES / name).is_file() for name in [*FILES, GITIGNORE[0]])


# --- batch grading -------------------------------------------------------------------------------------


GRADING_CASES = sorted(p for p in (FIXTURES / "grading").iterdir()
                       if (p / "expect.toml").is_file()
                       and tomllib.loads((p / "expect.toml").read_text())["problem"] == "two_sum")


def _check_expectations(case: Path, report: Report) -> None:
    expect = tomllib.loads((case / "expect.toml").read_text())
    failed = {c.category for c in report.categories if not c.ok}
    where = f"{case.name}: {report.error or [(t.name, t.message[:200]) for t in report.failures()]}"
    assert report.passed is expect["passed"], where
    assert set(expect.get("failed", [])) <= failed, where
    assert not set(expect.get("passing", [])) & failed, where
    messages = "\n".join(t.message for t in report.failures())
    for needle in expect.get("message_contains", []):
        assert needle in messages, where
    for needle in expect.get("error_contains", []):
        assert report.error and needle in report.error, where
    outputs = "\n".join(t.output for t in report.tests)
    for needle in expect.get("output_contains", []):
        assert needle in outputs, where
    if "restarts_at_least" in expect:
        assert report.worker_restarts >= expect["restarts_at_least"], where
    if "tests_run" in expect:
        assert len(report.tests) == expect["tests_run"], where
    if "duration_below" in expect:
        assert report.duration < expect["duration_below"], where


@pytest.mark.slow
def test_one_batch_grades_every_failure_mode_as_single_gradings_do(catalogue):
    """Every two_sum grading fixture (crashes, hangs, exits, tampering) in one test process, each
    followed by the reference: each meets its own expectations and never spoils the next."""
    problem = catalogue.get("two_sum")
    reference = (TWO_SUM / "reference.py").read_bytes()
    subs = []
    for case in GRADING_CASES:
        subs += [Submission((case / "solution.py").read_bytes(), case.name), Submission(reference, "reference")]
    reports = grade_batch(problem, subs, GradeOptions(seed=11))
    assert len(reports) == len(subs) and len(GRADING_CASES) >= 10
    for case, report, after in zip(GRADING_CASES, reports[::2], reports[1::2], strict=True):
        validate_grade_json(report.to_dict())
        assert report.submission == case.name and report.seed == 11
        _check_expectations(case, report)
        assert after.passed and after.worker_restarts == 0, (case.name, [t.message for t in after.failures()])


@pytest.mark.slow
def test_batch_reports_equal_single_reports(catalogue):
    problem = catalogue.get("two_sum")
    files = [TWO_SUM / "reference.py", TWO_SUM / "wrong_adjacent_only.py", TWO_SUM / "wrong_same_index.py"]
    batch = grade_batch(problem, [Submission(f.read_bytes(), f.name) for f in files], GradeOptions(seed=5))
    for path, together in zip(files, batch, strict=True):
        alone = grade(problem, path, GradeOptions(seed=5))
        assert [(t.id, t.outcome, t.message, t.category) for t in together.tests] == \
               [(t.id, t.outcome, t.message, t.category) for t in alone.tests]
        assert together.passed == alone.passed and together.isolation == alone.isolation


@pytest.mark.slow
def test_batch_holds_each_submission_to_its_own_time_limit(catalogue):
    problem = catalogue.get("two_sum")
    subs = [Submission((CI_FIXTURES / "sleepy.py").read_bytes(), "sleepy"),
            Submission((TWO_SUM / "reference.py").read_bytes(), "reference")]
    slow, fine = grade_batch(problem, subs, GradeOptions(seed=3, grade_timeout=8))
    assert not slow.passed and any("overall time limit" in n for n in slow.notes)
    assert any("not finished: grading hit its overall time limit" in t.message for t in slow.tests)
    assert 8 <= slow.duration < 20
    assert fine.passed, [t.message for t in fine.failures()]


@pytest.mark.slow
def test_a_test_process_that_dies_costs_only_the_submission_it_was_grading(catalogue, monkeypatch):
    """Kill the trusted process while it grades the second submission: that one fails with
    unfinished tests, the first keeps its result, the third is graded by a fresh process."""
    problem = catalogue.get("two_sum")
    original = grader._BatchRun._wait
    killed = []

    def dying_wait(self, proc, messages):
        if killed:
            return original(self, proc, messages)
        while not any(isinstance(m, Begin) and m.submission == 1 for m in list(messages)):
            if proc.poll() is not None:
                return None
            grader.time.sleep(0.01)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        killed.append(proc.pid)
        return None

    monkeypatch.setattr(grader._BatchRun, "_wait", dying_wait)
    reference = (TWO_SUM / "reference.py").read_bytes()
    reports = grade_batch(problem, [Submission(reference, str(i)) for i in range(3)], GradeOptions(seed=2))
    assert killed
    assert reports[0].passed and reports[2].passed
    assert not reports[1].passed
    # A worker forked from the zygote starts fast: a test or two may finish before the kill.
    unfinished = [t for t in reports[1].tests if t.message.startswith("not finished")]
    assert unfinished and all(t.passed or t in unfinished for t in reports[1].tests)
    assert any("ended early" in n for n in reports[1].notes)


def test_batch_syntax_errors_need_no_test_process(catalogue, monkeypatch):
    def no_process(*args, **kwargs):
        raise AssertionError("a test process was started")

    monkeypatch.setattr(grader, "_BatchRun", no_process)
    reports = grade_batch(catalogue.get("two_sum"), [Submission(b"def f(:\n", "a"), Submission(b"x = (\n", "b")])
    assert [r.submission for r in reports] == ["a", "b"]
    assert all(r.error and "SyntaxError" in r.error and not r.passed for r in reports)


def test_batches_keep_every_job_busy():
    from harness.ci.repo import Found

    groups = {"two_sum": [Found(f"p{i}", "two_sum", "x") for i in range(30)],
              "lru_cache": [Found(f"p{i}", "lru_cache", "x") for i in range(3)]}
    batches = ci._batches(groups, jobs=4)  # at most ceil(33 / 4) = 9 per batch, split evenly
    assert [len(items) for _, items in batches] == [8, 8, 8, 6, 3]
    assert [p.person for _, items in batches if items[0].slug == "two_sum" for p in items] == \
           [f"p{i}" for i in range(30)]
    assert ci._batches({"two_sum": groups["two_sum"]}, jobs=1) == [("two_sum", groups["two_sum"])]
    assert sum(len(items) for _, items in ci._batches(groups, jobs=2)) == 33


def test_config_default_is_every_problem(catalogue):
    assert ci._counted_problems(catalogue, Config()) == catalogue.slugs()


# --- complexity verdicts as data ------------------------------------------------------------------


def verdict_report(*verdicts: ComplexityVerdict, note: str = "") -> Report:
    test = results.TestResult("t::time", "test_time", "complexity",
                              Outcome.PASSED if all(v.met for v in verdicts) else Outcome.FAILED,
                              note=note, complexity=verdicts)
    return Report(kind="grade", slug="two_sum", title="Two Sum", round="coding", seed=1,
                  started_at="2025-01-01T00:00:00+00:00", duration=0.5, isolation="process",
                  harness_version="0", tests=(test,))


@pytest.mark.parametrize(("verdict", "column"), [
    (ComplexityVerdict("time", "two_sum", "O(n)", "O(n)", True, "4x input gave 4x work: linear"), "O(n)"),
    (ComplexityVerdict("time", "two_sum", "O(n^2)", "O(n)", False, "4x input gave 16x work"), "O(n^2), target O(n)"),
    (ComplexityVerdict("time", "two_sum", "at least O(n^2)", "O(n)", False, "cut by the budget"),
     "≥ O(n^2), target O(n)"),
])
def test_the_ci_column_reads_the_verdict_fields(verdict, column):
    report = verdict_report(verdict)
    assert ci_render.complexity_verdict(report) == column
    sub = SubmissionResult("zoe", "two_sum", "zoe/two_sum/solution.py",
                           Status.PASSED if report.passed else Status.FAILED, report=report)
    assert ci_render.md_text(column) in ci_render.cell(sub)
    # The same verdict survives the JSON report (format 2) and its schema.
    data = json.loads(json.dumps(report.to_dict()))
    validate_grade_json(data)
    assert ci_render.complexity_verdict(Report.from_dict(data)) == column


def test_rewording_the_evidence_does_not_change_the_column():
    verdict = ComplexityVerdict("time", "two_sum", "O(n^2)", "O(n)", False,
                                "time of two_sum: 4x input gave 16x work: quadratic. Target O(n): not met")
    reworded = replace(verdict, detail="two_sum: work went up sixteenfold when the input quadrupled")
    assert (ci_render.complexity_verdict(verdict_report(verdict))
            == ci_render.complexity_verdict(verdict_report(reworded)) == "O(n^2), target O(n)")


def test_the_column_comes_from_verdicts_never_from_the_note():
    """A note worded as the old regex expected, without a verdict, leaves the column empty; a
    space verdict alone does not fill the time column."""
    sentence = "time of two_sum: 4x input gave 16x work: quadratic. Target O(n): not met"
    assert ci_render.complexity_verdict(verdict_report(note=sentence)) == ""
    space = ComplexityVerdict("space", "two_sum", "O(n)", "O(1)", False, "extra space grew 4x")
    assert ci_render.complexity_verdict(verdict_report(space)) == ""


def test_a_failed_submission_with_no_test_results_is_summarised():
    """A grading that ran no test at all fails; its summary line says so instead of breaking."""
    empty = replace(verdict_report(), tests=())
    sub = SubmissionResult("amy", "two_sum", "amy/two_sum/solution.py", Status.FAILED, report=empty)
    report = CiReport(started_at="2025-01-02T00:00:00+00:00", duration=1.0, root="/repo",
                      problems=("two_sum",), submissions=(sub,))
    assert not empty.passed
    assert "no test ran" in ci_render.to_markdown(report)


def test_a_version_1_ci_report_still_merges(tmp_path):
    """Shard reports written before grading reports carried verdicts (format 1) load, upgrade and
    merge with current ones."""
    old = CI_FIXTURES / "report_v1.json"
    current = tmp_path / "current.json"
    report = CiReport(started_at="2025-01-02T00:00:00+00:00", duration=1.0, root="/repo", problems=("two_sum",),
                      submissions=(SubmissionResult("amy", "two_sum", "amy/two_sum/solution.py", Status.FAILED,
                                                    report=verdict_report(ComplexityVerdict(
                                                        "time", "two_sum", "O(n^2)", "O(n)", False))),))
    current.write_text(json.dumps(report.to_dict()))
    merged_json, merged_md = tmp_path / "merged.json", tmp_path / "merged.md"
    result = invoke("ci", "merge", str(old), str(current), "--json", str(merged_json), "--markdown", str(merged_md))
    assert result.exit_code == 0, result.output
    merged = json.loads(merged_json.read_text())
    ci.validate_json(merged)
    assert merged["format_version"] == ci.CI_FORMAT == 2
    reports = {s["person"]: s["report"] for s in merged["submissions"]}
    assert reports["zoe"]["format_version"] == results.REPORT_FORMAT
    assert all(t["complexity"] == [] for t in reports["zoe"]["tests"])
    assert "O(n^2), target O(n)" in merged_md.read_text().replace("\\", "")
    loaded = ci.load_report(old)
    assert loaded.format_version == 2 and loaded.submissions[0].report.tests[1].complexity == ()


def test_a_version_1_grading_report_loads_and_an_unknown_version_does_not():
    data = json.loads((CI_FIXTURES / "report_v1.json").read_text())["submissions"][0]["report"]
    report = Report.from_dict(data)
    assert report.format_version == results.REPORT_FORMAT and not report.passed
    validate_grade_json(report.to_dict())
    with pytest.raises(ValueError, match="unsupported report format 3"):
        Report.from_dict({**data, "format_version": 3})
