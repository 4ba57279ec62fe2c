"""The practice history: attempts and their start, test and grade events, in SQLite (WAL mode)."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from harness.errors import HistoryError

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL,
    started_at REAL NOT NULL,
    ended_at   REAL,
    status     TEXT NOT NULL CHECK (status IN ('in_progress', 'solved', 'abandoned')),
    minutes    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_slug ON attempts (slug, status);
CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    attempt_id  INTEGER REFERENCES attempts (id),
    slug        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('start', 'test', 'grade')),
    at          REAL NOT NULL,
    seed        INTEGER,
    passed      INTEGER,
    duration    REAL,
    categories  TEXT,
    summary     TEXT
);
CREATE INDEX IF NOT EXISTS events_slug ON events (slug, at);
"""


@dataclass(frozen=True)
class Attempt:
    id: int
    slug: str
    started_at: float
    ended_at: float | None
    status: str
    minutes: int

    def elapsed(self, now: float | None = None) -> float:
        end = self.ended_at if self.ended_at is not None else (now or time.time())
        return end - self.started_at


@dataclass(frozen=True)
class Event:
    id: int
    attempt_id: int | None
    slug: str
    kind: str
    at: float
    seed: int | None
    passed: bool | None
    duration: float | None
    categories: dict[str, list[int]]
    summary: str


class Store:
    """One workspace's history database; never overwritten when it can't be read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        try:
            self.db = sqlite3.connect(path, timeout=10, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                self.db.close()
                raise HistoryError(
                    f"{path}: history was written by a newer drill (format {version}, "
                    f"this drill reads up to {SCHEMA_VERSION}); it was left untouched",
                    hint="upgrade drill (pip install -U drill), or use another workspace with --workspace",
                )
            if existed and version == 0:
                tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master")}
                if tables and "attempts" not in tables:
                    raise HistoryError(
                        f"{path}: this is an SQLite file but not a drill history; it was left untouched",
                        hint="move it aside or choose another workspace with --workspace",
                    )
            if version < SCHEMA_VERSION:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.executescript(f"BEGIN; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
            # WAL + NORMAL: a crash can lose the last event, never corrupt the history.
            self.db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            raise HistoryError(
                f"{path}: the history database cannot be read ({exc}); it was left untouched",
                hint=f"move it aside (mv {path} {path}.broken) and drill starts a new history; "
                "keep the old file if you want to try recovering it with the sqlite3 tool",
            ) from exc

    def close(self) -> None:
        self.db.close()

    # attempts -------------------------------------------------------------

    def start_attempt(self, slug: str, minutes: int, now: float | None = None) -> Attempt:
        now = now or time.time()
        with self._tx():
            cur = self.db.execute(
                "INSERT INTO attempts (slug, started_at, status, minutes) VALUES (?, ?, 'in_progress', ?)",
                (slug, now, minutes),
            )
            self.db.execute(
                "INSERT INTO events (attempt_id, slug, kind, at) VALUES (?, ?, 'start', ?)",
                (cur.lastrowid, slug, now),
            )
        return self.attempt(cur.lastrowid)

    def abandon_in_progress(self, slug: str, now: float | None = None) -> None:
        self.db.execute(
            "UPDATE attempts SET status = 'abandoned', ended_at = ? WHERE slug = ? AND status = 'in_progress'",
            (now or time.time(), slug),
        )

    def attempt(self, attempt_id: int) -> Attempt:
        row = self.db.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        return Attempt(**dict(row))

    def in_progress(self, slug: str | None = None) -> list[Attempt]:
        sql = "SELECT * FROM attempts WHERE status = 'in_progress'"
        args: tuple = ()
        if slug:
            sql += " AND slug = ?"
            args = (slug,)
        return [Attempt(**dict(r)) for r in self.db.execute(sql + " ORDER BY started_at", args)]

    def latest_attempt(self, slug: str) -> Attempt | None:
        row = self.db.execute(
            "SELECT * FROM attempts WHERE slug = ? ORDER BY started_at DESC, id DESC LIMIT 1", (slug,)
        ).fetchone()
        return Attempt(**dict(row)) if row else None

    def summary_by_slug(self) -> dict[str, dict]:
        """Per problem: status ('solved', 'in progress', 'attempted') and the best solve time."""
        out: dict[str, dict] = {}
        for row in self.db.execute(
            "SELECT slug, status, MIN(CASE WHEN status = 'solved' THEN ended_at - started_at END) AS best, "
            "COUNT(*) AS n FROM attempts GROUP BY slug, status"
        ):
            entry = out.setdefault(row["slug"], {"status": "attempted", "best": None})
            if row["status"] == "solved":
                entry["status"] = "solved"
                entry["best"] = row["best"]
            elif row["status"] == "in_progress" and entry["status"] != "solved":
                entry["status"] = "in progress"
        return out

    # events ---------------------------------------------------------------

    def record(self, *, slug: str, kind: str, attempt: Attempt | None, seed: int | None,
               passed: bool, duration: float, categories: dict[str, list[int]], summary: str,
               now: float | None = None) -> None:
        """Record a test or grade run; a passing grade closes the attempt as solved."""
        now = now or time.time()
        with self._tx():
            self.db.execute(
                "INSERT INTO events (attempt_id, slug, kind, at, seed, passed, duration, categories, summary) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (attempt.id if attempt else None, slug, kind, now, seed, int(passed), duration,
                 json.dumps(categories), summary),
            )
            if kind == "grade" and passed and attempt and attempt.status == "in_progress":
                self.db.execute(
                    "UPDATE attempts SET status = 'solved', ended_at = ? WHERE id = ?", (now, attempt.id)
                )

    def events(self, slug: str | None = None, limit: int = 50) -> list[Event]:
        sql = "SELECT * FROM events"
        args: tuple = ()
        if slug:
            sql += " WHERE slug = ?"
            args = (slug,)
        rows = self.db.execute(sql + " ORDER BY at DESC, id DESC LIMIT ?", (*args, limit)).fetchall()
        return [
            Event(id=r["id"], attempt_id=r["attempt_id"], slug=r["slug"], kind=r["kind"], at=r["at"],
                  seed=r["seed"], passed=None if r["passed"] is None else bool(r["passed"]),
                  duration=r["duration"], categories=json.loads(r["categories"] or "{}"),
                  summary=r["summary"] or "")
            for r in rows
        ]

    def _tx(self):
        return _Transaction(self.db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error so history stays consistent."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        return False
