"""Planning practice: the v1 -> v2 history upgrade, spaced repetition (`drill next`), hints and the
reference solution, each as a user meets them."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from harness.catalogue.loader import Catalogue, load_problem
from harness.errors import HistoryError
from harness.practice import repetition
from harness.practice import store as store_mod
from harness.practice.store import Store

from .conftest import ROOT

V1_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "history_v1.sqlite"
DAY = 86400.0


def make_catalogue(tmp_path: Path, monkeypatch, problems: dict[str, tuple[str, str]]) -> Catalogue:
    """A small catalogue under tmp_path: {new slug: (existing slug to copy, round)}; the copies keep
    their tests and solutions, so they grade like the originals."""
    root = tmp_path / "catalogue"
    for slug, (source, round_) in problems.items():
        shutil.copytree(ROOT / "problems" / source, root / "problems" / slug)
        shutil.copytree(ROOT / "solutions" / source, root / "solutions" / slug)
        toml = root / "problems" / slug / "problem.toml"
        text = re.sub(r'^slug = ".*"$', f'slug = "{slug}"', toml.read_text(), count=1, flags=re.MULTILINE)
        text = re.sub(r'^round = ".*"$', f'round = "{round_}"', text, count=1, flags=re.MULTILINE)
        toml.write_text(text)
    monkeypatch.setenv("DRILL_CATALOGUE", str(root))
    return Catalogue(root)


def history_db(workspace: Path) -> Path:
    return workspace / ".drill" / "history.sqlite"


def install_v1(workspace: Path) -> Path:
    db = history_db(workspace)
    db.parent.mkdir(parents=True)
    shutil.copyfile(V1_FIXTURE, db)
    return db


def table_rows(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# --- the history upgrade ------------------------------------------------------------------------


def test_a_v1_history_is_upgraded_in_place_and_keeps_everything(drill, workspace):
    """The fixture was written by drill's format-1 store: two_sum solved after a failed grade,
    coin_change abandoned then failed, valid_parentheses in progress."""
    db = install_v1(workspace)
    attempts_before = table_rows(db, "SELECT id, slug, started_at, ended_at, status, minutes FROM attempts")
    events_before = table_rows(db, "SELECT id, attempt_id, slug, kind, at, seed, passed, duration, categories, "
                                   "summary FROM events ORDER BY id")
    assert table_rows(db, "PRAGMA user_version") == [(1,)] and len(events_before) == 8

    result = drill("history", "--limit", "100")
    assert result.exit_code == 0, result.output
    assert "coin_change" in result.output and "valid_parentheses" in result.output

    assert table_rows(db, "PRAGMA user_version") == [(store_mod.SCHEMA_VERSION,)]
    assert table_rows(db, "SELECT id, slug, started_at, ended_at, status, minutes FROM attempts") == attempts_before
    assert table_rows(db, "SELECT id, attempt_id, slug, kind, at, seed, passed, duration, categories, summary "
                          "FROM events ORDER BY id") == events_before
    assert table_rows(db, "SELECT DISTINCT hints_used, solution_seen FROM attempts") == [(0, 0)]
    assert table_rows(db, "PRAGMA integrity_check") == [("ok",)]
    backup = workspace / ".drill" / "history.v1-backup.sqlite"
    assert table_rows(backup, "PRAGMA user_version") == [(1,)]
    assert len(table_rows(backup, "SELECT * FROM events")) == 8

    # The upgraded history works: the old solve counts, and the new event kinds are accepted.
    assert "solved" in drill("list").output
    hint = drill("hint", "valid_parentheses")
    assert hint.exit_code == 0 and "Hint 1 of" in hint.output
    assert table_rows(db, "SELECT hints_used FROM attempts WHERE slug = 'valid_parentheses'") == [(1,)]
    assert Store(db).events("valid_parentheses", 1)[0].kind == "hint"


def test_a_failed_upgrade_leaves_the_v1_file_as_it_was(workspace, monkeypatch):
    db = install_v1(workspace)
    before = db.read_bytes()
    broken = (*store_mod.MIGRATIONS[2], "SELECT no_such_column FROM attempts")
    monkeypatch.setitem(store_mod.MIGRATIONS, 2, broken)
    with pytest.raises(HistoryError) as info:
        Store(db)
    assert "left untouched" in info.value.message
    assert table_rows(db, "PRAGMA user_version") == [(1,)]
    assert "detail" not in [r[1] for r in table_rows(db, "PRAGMA table_info(events)")]
    assert "mocks" not in [r[0] for r in table_rows(db, "SELECT name FROM sqlite_master")]
    assert len(table_rows(db, "SELECT * FROM events")) == 8
    assert db.read_bytes() == before
    monkeypatch.undo()
    Store(db).close()  # and the real upgrade still goes through afterwards
    assert table_rows(db, "PRAGMA user_version") == [(store_mod.SCHEMA_VERSION,)]


def test_a_newer_history_is_still_refused(drill, workspace):
    drill("start", "two_sum")
    db = history_db(workspace)
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {store_mod.SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    result = drill("next")
    assert result.exit_code == 1 and "newer drill" in result.output
    assert table_rows(db, "PRAGMA user_version") == [(store_mod.SCHEMA_VERSION + 1,)]


def test_a_new_history_takes_the_same_migrations(tmp_path):
    db = tmp_path / "h.sqlite"
    Store(db).close()
    assert table_rows(db, "PRAGMA user_version") == [(store_mod.SCHEMA_VERSION,)]
    assert not list(tmp_path.glob("*backup*"))  # nothing to back up in a new history


def test_migration_2_stays_as_released_when_event_kinds_grow(monkeypatch):
    """A released migration never changes: histories upgraded by an older drill must match new ones.
    Load store.py again with one more event kind and compare its migrations with the real ones."""
    import sys
    import types

    source = Path(store_mod.__file__).read_text(encoding="utf-8")
    grown = re.sub(r"^EVENT_KINDS = \((.*)\)$", r'EVENT_KINDS = (\1, "review")', source, count=1, flags=re.MULTILINE)
    assert grown != source
    module = types.ModuleType("store_with_more_kinds")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(grown, store_mod.__file__, "exec"), module.__dict__)  # store.py itself, with one kind more
    assert (*store_mod.EVENT_KINDS, "review") == module.EVENT_KINDS
    assert module.MIGRATIONS == store_mod.MIGRATIONS
    check = next(s for s in store_mod.MIGRATIONS[2] if "CREATE TABLE events_v2" in s)
    assert "CHECK (kind IN ('start', 'test', 'grade', 'hint', 'solution', 'mock'))" in check


def test_every_event_kind_fits_the_history_and_nothing_else_does(tmp_path):
    """A new kind in EVENT_KINDS needs a migration that widens the CHECK; this notices when it is missing."""
    db = tmp_path / "h.sqlite"
    Store(db).close()
    con = sqlite3.connect(db)
    try:
        for kind in store_mod.EVENT_KINDS:
            con.execute("INSERT INTO events (slug, kind, at) VALUES ('two_sum', ?, 0)", (kind,))
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO events (slug, kind, at) VALUES ('two_sum', 'review', 0)")
    finally:
        con.close()


# --- spaced repetition --------------------------------------------------------------------------


def add_attempt(store: Store, slug: str, minutes: int, *, start: float, took: float | None = None,
                grades: tuple[dict, ...] = (), solved: bool = False, hints: int = 0) -> None:
    """One attempt in the past: its start, failing grades, and the passing grade if solved."""
    attempt = store.start_attempt(slug, minutes, now=start)
    if hints:
        store.record_hint(slug, attempt, hints, 2, now=start + 1)
    for i, cats in enumerate(grades):
        store.record(slug=slug, kind="grade", attempt=store.attempt(attempt.id), seed=i, passed=False,
                     duration=1.0, categories=cats, summary="failed", now=start + 60 * (i + 1))
    if solved:
        store.record(slug=slug, kind="grade", attempt=store.attempt(attempt.id), seed=99, passed=True,
                     duration=1.0, categories={"correctness": [5, 5]}, summary="ok", now=start + took)


FAILED_EDGES = {"correctness": [10, 10], "edge": [2, 4], "complexity": [2, 2]}


@pytest.fixture
def small(tmp_path, monkeypatch):
    return make_catalogue(tmp_path, monkeypatch, {
        "two_sum": ("two_sum", "coding"), "valid_parentheses": ("valid_parentheses", "coding"),
        "merge_intervals": ("merge_intervals", "coding"), "min_stack": ("min_stack", "coding"),
        "longest_substring": ("longest_substring", "coding"), "coin_change": ("coin_change", "coding"),
        "trapping_rain_water": ("trapping_rain_water", "coding"),
    })


def test_next_orders_failures_then_slow_solves_then_new_then_clean_solves(small, tmp_path):
    now = 1_800_000_000.0
    store = Store(tmp_path / "h.sqlite")
    # clean and fast 2 days ago: due in 6 days, so it comes last
    add_attempt(store, "two_sum", 15, start=now - 2 * DAY, took=5 * 60, solved=True)
    # failed edge cases 2 days ago, attempt still open
    add_attempt(store, "valid_parentheses", 15, start=now - 2 * DAY - 120, grades=(FAILED_EDGES,))
    # solved in 31 minutes against a 20-minute box 4 days ago
    add_attempt(store, "merge_intervals", 20, start=now - 4 * DAY - 31 * 60, took=31 * 60, solved=True)

    got = repetition.suggest(small.all(), store, count=7, now=now)
    by_slug = {s.problem.slug: s for s in got}
    assert [s.problem.slug for s in got[:2]] == ["valid_parentheses", "merge_intervals"]
    assert by_slug["valid_parentheses"].reason == "failed edge cases 2 days ago"
    assert by_slug["valid_parentheses"].command == "drill start valid_parentheses --restart"
    assert by_slug["merge_intervals"].reason == "solved in 31 min against a 20-min box 4 days ago"
    assert [s.kind for s in got[2:6]] == ["new"] * 4
    assert got[-1].problem.slug == "two_sum" and got[-1].kind == "early"
    assert "solved cleanly in 5 min" in got[-1].reason and "review due in 4 days" in got[-1].reason
    # two new problems a day: the third and later say they go beyond that
    assert "beyond today's" not in got[2].reason and "beyond today's" not in got[3].reason
    assert "beyond today's 2 new problems" in got[4].reason
    assert [s.problem.slug for s in repetition.suggest(small.all(), store, count=2, now=now)] == \
        ["valid_parentheses", "merge_intervals"]


def test_weak_tags_pull_new_problems_forward(small, tmp_path):
    """Two failures on valid_parentheses (string, stack) make those the weakest tags; the new
    problems that practise them come before the others."""
    now = 1_800_000_000.0
    store = Store(tmp_path / "h.sqlite")
    add_attempt(store, "valid_parentheses", 15, start=now - 3 * DAY, grades=(FAILED_EDGES,))
    store.abandon_in_progress("valid_parentheses", now=now - 3 * DAY + 600)
    add_attempt(store, "valid_parentheses", 15, start=now - 2 * DAY, grades=({"correctness": [1, 10]},))
    new = [s for s in repetition.suggest(small.all(), store, count=7, now=now) if s.kind == "new"]
    weakest_first = {"longest_substring", "min_stack"}  # string / stack
    assert {s.problem.slug for s in new[:2]} == weakest_first, [s.problem.slug for s in new]
    assert any("your weakest tag" in s.reason for s in new[:2])
    assert all("your weakest tag" not in s.reason for s in new[2:])


def test_new_problems_already_introduced_today_use_up_the_quota(small, tmp_path):
    now = 1_800_000_000.0
    store = Store(tmp_path / "h.sqlite")
    add_attempt(store, "two_sum", 15, start=now - 3600, took=300, solved=True)
    add_attempt(store, "coin_change", 30, start=now - 1800, took=600, solved=True)
    new = [s for s in repetition.suggest(small.all(), store, count=7, now=now) if s.kind == "new"]
    assert new and all("beyond today's 2 new problems" in s.reason for s in new)


def test_an_ungraded_attempt_in_progress_comes_first(small, tmp_path):
    now = 1_800_000_000.0
    store = Store(tmp_path / "h.sqlite")
    store.start_attempt("coin_change", 30, now=now - 600)
    first = repetition.suggest(small.all(), store, count=1, now=now)[0]
    assert first.problem.slug == "coin_change" and first.kind == "in progress"
    assert first.reason == "in progress, started 10 min ago: finish it" and first.command == "drill grade coin_change"


@pytest.mark.parametrize(("qualities", "days"), [((1,), 1.0), ((5,), 6.0), ((3,), 1.0), ((4,), 3.0),
                                            ((5, 5), 6.0 * 2.6), ((5, 1), 1.0), ((1, 5), 6.0)])
def test_intervals_grow_with_clean_solves_and_reset_on_failure(qualities, days):
    record = repetition.Record("x", tuple(repetition.Review("x", float(i), q, "") for i, q in enumerate(qualities)))
    interval, due = record.schedule()
    assert interval == pytest.approx(days)
    assert due == pytest.approx(len(qualities) - 1 + days * DAY)


def test_quality_reflects_time_hints_and_the_solution():
    def attempt(**kw):
        base = {"id": 1, "slug": "s", "started_at": 0.0, "ended_at": 600.0, "status": "solved", "minutes": 20}
        return store_mod.Attempt(**{**base, **kw})

    assert repetition.review_of(attempt(), []).quality == 5
    assert repetition.review_of(attempt(ended_at=900.0), []).quality == 4
    assert repetition.review_of(attempt(ended_at=1500.0), []).quality == 3
    helped = repetition.review_of(attempt(hints_used=2), [])
    assert helped.quality == 3 and helped.what == "solved in 10 min (20-min box), with 2 hints"
    assert repetition.review_of(attempt(solution_seen=True), []).quality == 2
    assert repetition.review_of(attempt(status="in_progress", ended_at=None), []) is None
    assert repetition.review_of(attempt(status="abandoned"), []).what == "left unsolved"


def test_drill_next_on_the_command_line(drill, small):
    empty = drill("next", "--count", "2")
    assert empty.exit_code == 0, empty.output
    rows = [line for line in empty.output.splitlines() if re.match(r"^\d+\s", line)]
    assert len(rows) == 2 and all("drill start" in r for r in rows)
    assert "new: practises" in empty.output
    drill("start", "two_sum")
    busy = drill("next", "--count", "1")
    assert "two_sum" in busy.output and "finish it" in busy.output and "drill grade two_sum" in busy.output
    assert drill("next", "--count", "0").exit_code == 2
    assert "no problems in the ml round" in drill("next", "--round", "ml").output


def test_drill_next_lists_its_suggestions_on_a_narrow_terminal(drill, small, monkeypatch):
    """At 80 columns a table would wrap "why" into a column of two words: one block each."""
    from rich.console import Console

    from harness.cli import planning

    monkeypatch.setattr(planning, "make_console", lambda: Console(width=80, highlight=False, soft_wrap=True))
    result = drill("next", "--count", "2")
    assert result.exit_code == 0, result.output
    assert all(len(line) <= 80 for line in result.output.splitlines()), result.output
    lines, outlook = result.output.split("\n\n", 1)  # the suggestions, then what is due and when
    lines = lines.splitlines()
    assert "New problems come in 2 a day" in outlook
    heads = [i for i, line in enumerate(lines) if re.match(r"^\d  ", line)]
    assert len(heads) == 2 and heads[0] == 0, result.output
    assert re.match(r"^1  \S+ \((coding|ml|stats), (easy|medium|hard)\)$", lines[0]), lines[0]
    assert lines[1].startswith("   new: practises")
    assert lines[heads[1] - 1].startswith("   drill start ") and lines[-1].startswith("   drill start ")
    assert all(line.startswith("   ") for line in lines if not re.match(r"^\d  ", line))


# --- hints and the reference solution -----------------------------------------------------------


def test_hints_come_one_level_at_a_time_and_the_grade_reports_them(drill, workspace):
    drill("start", "two_sum")
    first = drill("hint", "two_sum")
    assert first.exit_code == 0
    assert "Hint 1 of 2" in first.output and "Hint 2 of 2" not in first.output
    assert "drill hint two_sum reveals hint 2 of 2" in first.output
    second = drill("hint", "two_sum")
    assert "Hint 1 of 2" in second.output and "Hint 2 of 2" in second.output and "No more hints" in second.output
    third = drill("hint", "two_sum")
    assert "You have seen every hint" in third.output
    graded = drill("grade", "two_sum")
    assert graded.exit_code == 1 and "hints used: 2" in graded.output
    history = drill("history", "two_sum")
    grade_line = next(line for line in history.output.splitlines() if " grade " in line)
    assert "hints used: 2" in grade_line
    assert history.output.count("hint 2 of 2") == 2


def test_hints_start_again_with_a_new_attempt_and_all_shows_every_level(drill, workspace):
    outside = drill("hint", "two_sum")
    assert "no attempt in progress" in outside.output and "Hint 1 of 2" in outside.output
    drill("start", "two_sum")
    again = drill("hint", "two_sum")
    assert "Hint 1 of 2" in again.output and "Hint 2 of 2" not in again.output
    everything = drill("hint", "two_sum", "--all")
    assert "Hint 2 of 2" in everything.output and "2 hint(s) used on this attempt" in everything.output


def test_the_solution_waits_for_a_grade_unless_forced(drill, workspace):
    drill("start", "two_sum")
    refused = drill("solution", "two_sum")
    assert refused.exit_code == 2
    assert "opens after you have graded" in refused.output and "--force" in refused.output
    declined = drill("solution", "two_sum", "--force", input="n\n")
    assert declined.exit_code == 1 and "nothing shown, nothing recorded" in declined.output
    assert "def two_sum" not in declined.output
    assert [e.kind for e in Store(history_db(workspace)).events("two_sum")] == ["start"]

    shown = drill("solution", "two_sum", "--force", input="y\n")
    assert shown.exit_code == 0, shown.output
    reference = (ROOT / "solutions/two_sum/reference.py").read_text()
    assert "Key idea:" in shown.output and "looking up target - x" in shown.output
    assert reference.splitlines()[3] in shown.output  # the code itself
    assert "marked 'solution seen'" in shown.output
    store = Store(history_db(workspace))
    assert store.in_progress("two_sum")[0].solution_seen
    assert store.events("two_sum", 1)[0].detail == {"forced": True}
    graded = drill("grade", "two_sum")
    assert "solution seen" in graded.output
    assert "solution seen" in drill("history").output


def test_after_a_grade_the_solution_needs_no_force(drill, workspace):
    drill("start", "two_sum")
    drill("grade", "two_sum")
    shown = drill("solution", "two_sum")
    assert shown.exit_code == 0 and "Key idea:" in shown.output and "def two_sum" in shown.output
    assert Store(history_db(workspace)).events("two_sum", 1)[0].detail == {"forced": False}
    yes = drill("solution", "valid_parentheses", "--force", "--yes")
    assert yes.exit_code == 0 and "def is_valid(" in yes.output and "[y/N]" not in yes.output


def test_every_coding_problem_states_its_key_idea(catalogue):
    loaded, _broken = catalogue.load_all()  # a problem still being written is not this test's business
    coding = [p for p in loaded if p.round == "coding"]
    assert len(coding) >= 24
    for problem in coding:
        assert len(problem.idea) > 20, problem.slug


def test_idea_is_optional_but_must_be_a_real_sentence(tmp_path, monkeypatch):
    from harness.errors import ProblemError

    cat = make_catalogue(tmp_path, monkeypatch, {"two_sum": ("two_sum", "coding")})
    toml = cat.root / "two_sum" / "problem.toml"
    toml.write_text(re.sub(r"^idea = .*$", 'idea = "x"', toml.read_text(), flags=re.MULTILINE))
    with pytest.raises(ProblemError, match="idea"):
        load_problem(cat.root / "two_sum", use_cache=False)
    toml.write_text(re.sub(r"^idea = .*\n", "", toml.read_text(), flags=re.MULTILINE))
    assert load_problem(cat.root / "two_sum", use_cache=False).idea == ""


def test_timing_words():
    assert repetition.ago(30) == "1 min ago" and repetition.ago(7200) == "2 h ago"
    assert repetition.ago(DAY * 1.5) == "1 day ago" and repetition.ago(DAY * 3) == "3 days ago"
    assert repetition.ago(DAY * 21) == "3 weeks ago"
