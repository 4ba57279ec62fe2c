"""The history's SQLite connection: every failure (disk full, I/O error, read-only workspace, damaged
file) becomes a HistoryError that says what happened, with advice that never costs intact data."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from harness.errors import HistoryError


def storage_error(path: Path, exc: sqlite3.Error, *, opening: bool = False) -> HistoryError:
    """What went wrong with the history file, in words, with advice that never costs intact data."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return HistoryError(f"{path}: the disk is full, so this was not recorded; the history itself is intact",
                            hint="free some disk space, then run the command again")
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return HistoryError(f"{path}: an I/O error on the history ({text}); the last change may not be recorded",
                            hint="check the disk (free space, dmesg) and run the command again; "
                            "the file was left as it is")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) or "readonly" in text:
        return HistoryError(f"{path}: the workspace is read-only and this command records to its history",
                            hint="use a writable workspace (--workspace DIR); list, status, history, stats, "
                            "next and mock show still work here")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return HistoryError(f"{path}: another drill is writing the history right now",
                            hint="wait for it to finish, then run the command again")
    if opening:
        return HistoryError(
            f"{path}: the history database cannot be read ({text}); it was left untouched",
            hint=f"move it aside (mv {path} {path}.broken) and drill starts a new history; "
            "keep the old file if you want to try recovering it with the sqlite3 tool (.recover)")
    return HistoryError(f"{path}: part of the history is damaged ({text}); it was left untouched",
                        hint=f"keep a copy (cp {path} {path}.copy); `sqlite3 {path} .recover` rescues what "
                        "it can. Meanwhile commands that do not read the damaged part still work")


class Rows:
    """The rows of one statement, fetched at once so that a damaged page fails inside `Db`."""

    def __init__(self, rows: list[sqlite3.Row], lastrowid: int | None) -> None:
        self.rows = rows
        self.lastrowid = lastrowid

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def __iter__(self):
        return iter(self.rows)


class Db:
    """The connection, with every SQLite failure turned into a HistoryError that says what happened
    (disk full, I/O error, read-only workspace, damaged file) instead of a traceback."""

    def __init__(self, con: sqlite3.Connection, path: Path) -> None:
        self.con = con
        self.path = path

    def execute(self, sql: str, args: Sequence[object] = ()) -> Rows:
        try:
            cursor = self.con.execute(sql, args)
            return Rows(cursor.fetchall(), cursor.lastrowid)
        except sqlite3.Error as exc:
            raise storage_error(self.path, exc) from exc

    def close(self) -> None:
        self.con.close()
