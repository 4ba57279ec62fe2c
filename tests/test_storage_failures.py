"""Storage failures say what happened (disk full, I/O error, damaged file, read-only workspace),
never advise discarding an intact history, and never end in a traceback."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from harness.practice import storage
from harness.practice import store as store_mod

from .conftest import ROOT
from .test_practice_plan import history_db

DISCARD_ADVICE = ("mv ", "move it aside", ".broken", "rm ")


def _full(*args, **kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_garbage_inside_a_sound_history_is_read_around(drill, workspace):
    drill("start", "two_sum")
    drill("hint", "two_sum")
    con = sqlite3.connect(history_db(workspace))
    con.execute("INSERT INTO events (slug, kind, at, categories, summary, detail, passed, seed) "
                "VALUES ('two_sum', 'grade', 1.0, 'not json', 42, '[1, 2]', 0, 7)")
    con.execute("INSERT INTO events (slug, kind, at, categories, detail) "
                "VALUES ('two_sum', 'test', 2.0, '{\"correctness\": \"x\", \"edge\": [1, 2]}', '\"text\"')")
    con.commit()
    con.close()
    for command in (["history"], ["stats"], ["list"], ["next"], ["status"]):
        result = drill(*command)
        assert result.exit_code == 0, (command, result.output)
    assert "1/2" in drill("history").output  # the sound part of a damaged row is still shown


def test_a_damaged_page_is_reported_without_a_traceback_and_left_untouched(drill, workspace):
    drill("start", "two_sum")
    db = history_db(workspace)
    con = sqlite3.connect(db)
    con.executemany("INSERT INTO events (slug, kind, at, summary) VALUES ('two_sum', 'hint', ?, ?)",
                    [(float(i), "x" * 200) for i in range(400)])
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 2 * page):
        data[offset:offset + 64] = b"\xff" * 64  # garbage inside the file: the header still says SQLite
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    result = drill("history", "--limit", "1000")
    assert result.exit_code == 1, result.output
    assert "damaged" in result.output or "cannot be read" in result.output
    assert "Traceback" not in result.output
    assert db.read_bytes() == before


def test_a_full_disk_while_grading_keeps_the_report(drill, workspace, monkeypatch):
    drill("start", "two_sum")
    (workspace / "two_sum" / "solution.py").write_text((ROOT / "solutions/two_sum/reference.py").read_text())
    real = storage.Db.execute

    def execute(self, sql, args=()):
        if sql.lstrip().startswith("INSERT INTO events"):
            raise storage.storage_error(self.path, sqlite3.OperationalError("database or disk is full"))
        return real(self, sql, args)

    monkeypatch.setattr(storage.Db, "execute", execute)
    result = drill("grade", "two_sum")
    assert "hidden tests: PASSED" in result.output
    assert "NOT recorded" in result.output and "disk is full" in result.output
    assert not any(a in result.output for a in DISCARD_ADVICE)
    monkeypatch.undo()
    assert store_mod.Store(history_db(workspace)).in_progress("two_sum")  # nothing half-written


@pytest.mark.parametrize("command", [["start", "valid_parentheses"], ["hint", "two_sum"]])
def test_a_full_disk_never_advises_moving_the_history_aside(drill, monkeypatch, command):
    drill("start", "two_sum")
    real = storage.Db.execute

    def execute(self, sql, args=()):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise storage.storage_error(self.path, sqlite3.OperationalError("database or disk is full"))
        return real(self, sql, args)

    monkeypatch.setattr(storage.Db, "execute", execute)
    result = drill(*command)
    assert result.exit_code == 1
    assert "disk is full" in result.output and "intact" in result.output
    assert not any(a in result.output for a in DISCARD_ADVICE)


def test_a_full_disk_while_copying_the_stub_keeps_the_users_code(drill, workspace, monkeypatch):
    import shutil

    drill("start", "two_sum")
    solution = workspace / "two_sum" / "solution.py"
    solution.write_text("# mine\n")
    drill("abandon", "two_sum")

    def full(src, dst, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(shutil, "copyfile", full)
    result = drill("start", "two_sum")
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert "Traceback" not in result.output
    assert solution.read_text() == "# mine\n"


def test_an_unforeseen_disk_error_gets_words(drill, monkeypatch):
    from harness.practice import loop

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error", "/somewhere/file")

    monkeypatch.setattr(loop, "list_problems", broken)
    result = drill("list")
    assert result.exit_code == 1 and "an I/O error on the disk" in result.output and "/somewhere/file" in result.output


def test_a_read_only_workspace_serves_the_reading_commands(drill, workspace, monkeypatch):
    drill("start", "two_sum")
    drill("hint", "two_sum")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode & os.W_OK else real_access(path, mode))
    for command in (["list"], ["status"], ["history"], ["stats"], ["next"], ["mock"]):
        result = drill(*command)
        assert result.exit_code == 0, (command, result.output)
    assert "two_sum" in drill("history").output
    refused = drill("hint", "two_sum")
    assert refused.exit_code == 1 and "read-only" in refused.output
    assert not any(a in refused.output for a in DISCARD_ADVICE)
