"""The practice history: attempts, their events (start, test, grade, hint, solution) and mock
loops, in SQLite (WAL mode). The format is versioned by `PRAGMA user_version`; older files are
upgraded in place, in one transaction, after a backup copy is taken."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.errors import HistoryError
from harness.practice.mock_data import MockRound, Scorecard
from harness.practice.storage import Db, Rows, storage_error

SCHEMA_VERSION = 3
EVENT_KINDS = ("start", "test", "grade", "hint", "solution", "mock", "abandon")

# MIGRATIONS[v] takes a database from format v - 1 to format v. A new history runs them all, so
# the upgrade path of old files is the path every history takes. A released migration is frozen:
# it spells out its values rather than reading constants such as EVENT_KINDS, which may grow; a
# new event kind needs a new migration (and SCHEMA_VERSION + 1) that widens the CHECK again.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE IF NOT EXISTS attempts (
            id         INTEGER PRIMARY KEY,
            slug       TEXT NOT NULL,
            started_at REAL NOT NULL,
            ended_at   REAL,
            status     TEXT NOT NULL CHECK (status IN ('in_progress', 'solved', 'abandoned')),
            minutes    INTEGER NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS attempts_slug ON attempts (slug, status)",
        """CREATE TABLE IF NOT EXISTS events (
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
        )""",
        "CREATE INDEX IF NOT EXISTS events_slug ON events (slug, at)",
    ),
    2: (
        # Hints and a seen reference solution qualify an attempt; new event kinds need the CHECK
        # constraint widened, which SQLite only allows by rebuilding the table.
        "ALTER TABLE attempts ADD COLUMN hints_used INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE attempts ADD COLUMN solution_seen INTEGER NOT NULL DEFAULT 0",
        """CREATE TABLE events_v2 (
            id          INTEGER PRIMARY KEY,
            attempt_id  INTEGER REFERENCES attempts (id),
            slug        TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('start', 'test', 'grade', 'hint', 'solution', 'mock')),
            at          REAL NOT NULL,
            seed        INTEGER,
            passed      INTEGER,
            duration    REAL,
            categories  TEXT,
            summary     TEXT,
            detail      TEXT
        )""",
        ("INSERT INTO events_v2 (id, attempt_id, slug, kind, at, seed, passed, duration, categories, summary) "
         "SELECT id, attempt_id, slug, kind, at, seed, passed, duration, categories, summary FROM events"),
        "DROP TABLE events",
        "ALTER TABLE events_v2 RENAME TO events",
        "CREATE INDEX events_slug ON events (slug, at)",
        "CREATE INDEX events_attempt ON events (attempt_id)",
        """CREATE TABLE mocks (
            id         INTEGER PRIMARY KEY,
            started_at REAL NOT NULL,
            ended_at   REAL,
            status     TEXT NOT NULL CHECK (status IN ('in_progress', 'finished')),
            seed       INTEGER NOT NULL,
            rounds     TEXT NOT NULL,
            scorecard  TEXT
        )""",
    ),
    3: (
        # `drill abandon` ends an attempt without a grade and says so in the history: a new
        # event kind, so the CHECK constraint is widened by rebuilding the table again.
        """CREATE TABLE events_v3 (
            id          INTEGER PRIMARY KEY,
            attempt_id  INTEGER REFERENCES attempts (id),
            slug        TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('start', 'test', 'grade', 'hint', 'solution', 'mock',
                                                      'abandon')),
            at          REAL NOT NULL,
            seed        INTEGER,
            passed      INTEGER,
            duration    REAL,
            categories  TEXT,
            summary     TEXT,
            detail      TEXT
        )""",
        "INSERT INTO events_v3 SELECT id, attempt_id, slug, kind, at, seed, passed, duration, categories, summary, "
        "detail FROM events",
        "DROP TABLE events",
        "ALTER TABLE events_v3 RENAME TO events",
        "CREATE INDEX events_slug ON events (slug, at)",
        "CREATE INDEX events_attempt ON events (attempt_id)",
    ),
}


@dataclass(frozen=True)
class Attempt:
    id: int
    slug: str
    started_at: float
    ended_at: float | None
    status: str
    minutes: int
    hints_used: int = 0
    solution_seen: bool = False

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
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ProblemSummary:
    """One problem's standing in `drill list`."""

    status: str  # "solved", "in progress", "attempted" (or "new" when never attempted)
    best: float | None = None  # the fastest solve, in seconds


@dataclass(frozen=True)
class Mock:
    """A mock interview loop: its rounds and, once finished, its scorecard (harness.practice.mock_data)."""

    id: int
    started_at: float
    ended_at: float | None
    status: str
    seed: int
    rounds: tuple[MockRound, ...]
    scorecard: Scorecard | None


def _attempt(row: sqlite3.Row) -> Attempt:
    d = dict(row)
    d["solution_seen"] = bool(d.get("solution_seen", 0))
    return Attempt(**d)


def _mock(row: sqlite3.Row, path: Path) -> Mock:
    try:
        rounds = tuple(MockRound.from_dict(r) for r in json.loads(row["rounds"]))
        scorecard = Scorecard.from_dict(json.loads(row["scorecard"])) if row["scorecard"] else None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        raise HistoryError(f"{path}: mock #{row['id']} cannot be read ({type(exc).__name__}: {exc}); "
                           "the history was left untouched",
                           hint=f"commands other than `drill mock` still work; to start a new history, move "
                           f"{path} aside") from exc
    return Mock(id=row["id"], started_at=row["started_at"], ended_at=row["ended_at"], status=row["status"],
                seed=row["seed"], rounds=rounds, scorecard=scorecard)


def _inserted_id(cursor: Rows) -> int:
    """The id of the row an INSERT just added (sqlite3 types it as optional; after an INSERT it is set)."""
    if cursor.lastrowid is None:
        raise HistoryError("the history did not return the id of the row it just stored")
    return cursor.lastrowid


def _text_json(value: str | None, kind: type) -> Any:
    """A JSON column of one row; garbage (or the wrong type) inside an otherwise sound history
    reads as empty rather than stopping every command that lists events."""
    try:
        data = json.loads(value or "null")
    except ValueError:
        return kind()
    return data if isinstance(data, kind) else kind()


def _categories(value: str | None) -> dict[str, list[int]]:
    data = _text_json(value, dict)
    assert isinstance(data, dict)
    return {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 2
            and all(isinstance(n, int) for n in v)}


def _rounds_json(rounds: Sequence[MockRound]) -> str:
    return json.dumps([r.to_dict() for r in rounds])


class Store:
    """One workspace's history database; never overwritten when it can't be read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HistoryError(f"{path.parent}: cannot create the history folder ({exc.strerror})",
                               hint="use a writable workspace (--workspace DIR)") from exc
        existed = path.exists() and path.stat().st_size > 0
        # A workspace we cannot write (a read-only mount, a shared folder) is opened read-only, as
        # it is: reading commands work, a command that records says why it cannot.
        self.read_only = existed and not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK))
        try:
            if self.read_only:
                # With a write-ahead log beside it the file is read through it (mode=ro); a history
                # closed cleanly has none, and `immutable` then spares SQLite creating its -shm file.
                wal = path.with_name(path.name + "-wal").exists()
                con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro" + ("" if wal else "&immutable=1"),
                                      uri=True, timeout=10, isolation_level=None)
            else:
                con = sqlite3.connect(path, timeout=10, isolation_level=None)
            con.row_factory = sqlite3.Row
            self.db = Db(con, path)
            version = self._version()
            if version > SCHEMA_VERSION:
                raise HistoryError(
                    f"{path}: history was written by a newer drill (format {version}, "
                    f"this drill reads up to {SCHEMA_VERSION}); it was left untouched",
                    hint="update drill where you installed it from (in its checkout: git pull && make install; "
                    "`pip install -U drill` would fetch an unrelated package), or use another workspace "
                    "with --workspace",
                )
            if existed and version == 0:
                tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master")}
                if tables and "attempts" not in tables:
                    raise HistoryError(
                        f"{path}: this is an SQLite file but not a drill history; it was left untouched",
                        hint="move it aside or choose another workspace with --workspace",
                    )
            if self.read_only:
                if version < 2:  # formats 2 and 3 read alike; 1 needs its upgrade, which writes
                    raise HistoryError(f"{path}: this history needs an upgrade, which needs a writable workspace",
                                       hint="run any drill command once where the workspace is writable")
                return
            if version == 0:
                self.db.execute("PRAGMA journal_mode=WAL")
            if version < SCHEMA_VERSION:
                self._migrate(backup=existed and version > 0, found=version)
            # WAL + NORMAL: a crash can lose the last event, never corrupt the history.
            self.db.execute("PRAGMA synchronous=NORMAL")
        except HistoryError as exc:
            con.close()
            cause = exc.__cause__
            if isinstance(cause, sqlite3.DatabaseError):
                raise storage_error(path, cause, opening=True) from cause
            raise
        except sqlite3.Error as exc:
            raise storage_error(path, exc, opening=True) from exc

    def _version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, *, backup: bool, found: int) -> None:
        """Upgrade to SCHEMA_VERSION in one transaction: a failure leaves the file as it was."""
        if backup:
            self._backup(found)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = self._version()  # another drill may have upgraded it while we waited
            for target in range(current + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target]:
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            _rollback(self.db)
            raise
        self.db.execute("COMMIT")

    def _backup(self, found: int) -> None:
        """A consistent copy of the old file beside it, kept in case anything about the upgrade
        turns out wrong; never overwrites an earlier backup."""
        target = self.path.with_name(f"{self.path.stem}.v{found}-backup.sqlite")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.stem}.v{found}-backup-{n}.sqlite")
        try:
            copy = sqlite3.connect(target)
            try:
                self.db.con.backup(copy)
            finally:
                copy.close()
        except (OSError, sqlite3.Error) as exc:
            target.unlink(missing_ok=True)
            raise HistoryError(
                f"{self.path}: could not back up the history before upgrading it ({exc}); it was left untouched",
                hint=f"make room or fix the permissions of {self.path.parent}, then run the command again",
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
        return self.attempt(_inserted_id(cur))

    def abandon_in_progress(self, slug: str, now: float | None = None) -> None:
        self.db.execute(
            "UPDATE attempts SET status = 'abandoned', ended_at = ? WHERE slug = ? AND status = 'in_progress'",
            (now or time.time(), slug),
        )

    def give_up(self, attempt: Attempt, now: float | None = None) -> Attempt:
        """`drill abandon`: end the attempt without a grade, recorded as such; it is left out of the
        time statistics (it measures nothing about solving)."""
        now = now or time.time()
        with self._tx():
            self.db.execute("UPDATE attempts SET status = 'abandoned', ended_at = ? WHERE id = ? "
                            "AND status = 'in_progress'", (now, attempt.id))
            self._note(attempt.slug, "abandon", attempt, f"abandoned after {round(now - attempt.started_at)} s",
                       {"elapsed": now - attempt.started_at}, now)
        return self.attempt(attempt.id)

    def given_up(self) -> set[int]:
        """The ids of attempts ended with `drill abandon`."""
        return {r[0] for r in self.db.execute("SELECT attempt_id FROM events WHERE kind = 'abandon' "
                                              "AND attempt_id IS NOT NULL")}

    def abandon(self, attempt_id: int, now: float | None = None) -> None:
        """End one attempt unsolved (a mock round that ran out); a finished attempt is kept as it is."""
        self.db.execute("UPDATE attempts SET status = 'abandoned', ended_at = ? WHERE id = ? AND status = 'in_progress'",
                        (now or time.time(), attempt_id))

    def attempt(self, attempt_id: int) -> Attempt:
        row = self.db.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        return _attempt(row)

    def attempts(self, slug: str | None = None) -> list[Attempt]:
        """Every attempt, oldest first."""
        sql = "SELECT * FROM attempts"
        args: tuple[str, ...] = ()
        if slug:
            sql, args = sql + " WHERE slug = ?", (slug,)
        return [_attempt(r) for r in self.db.execute(sql + " ORDER BY started_at, id", args)]

    def in_progress(self, slug: str | None = None) -> list[Attempt]:
        sql = "SELECT * FROM attempts WHERE status = 'in_progress'"
        args: tuple = ()
        if slug:
            sql += " AND slug = ?"
            args = (slug,)
        return [_attempt(r) for r in self.db.execute(sql + " ORDER BY started_at", args)]

    def latest_attempt(self, slug: str) -> Attempt | None:
        row = self.db.execute(
            "SELECT * FROM attempts WHERE slug = ? ORDER BY started_at DESC, id DESC LIMIT 1", (slug,)
        ).fetchone()
        return _attempt(row) if row else None

    def summary_by_slug(self) -> dict[str, ProblemSummary]:
        """Per problem attempted: its status and the best solve time."""
        out: dict[str, ProblemSummary] = {}
        for row in self.db.execute(
            "SELECT slug, status, MIN(CASE WHEN status = 'solved' THEN ended_at - started_at END) AS best, "
            "COUNT(*) AS n FROM attempts GROUP BY slug, status"
        ):
            entry = out.get(row["slug"], ProblemSummary("attempted"))
            if row["status"] == "solved":
                entry = ProblemSummary("solved", row["best"])
            elif row["status"] == "in_progress" and entry.status != "solved":
                entry = ProblemSummary("in progress")
            out[row["slug"]] = entry
        return out

    # events ---------------------------------------------------------------

    def record(self, *, slug: str, kind: str, attempt: Attempt | None, seed: int | None,
               passed: bool, duration: float, categories: dict[str, list[int]], summary: str,
               now: float | None = None, detail: dict | None = None) -> None:
        """Record a test or grade run; a passing grade closes the attempt as solved."""
        now = now or time.time()
        with self._tx():
            self.db.execute(
                "INSERT INTO events (attempt_id, slug, kind, at, seed, passed, duration, categories, summary, detail) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (attempt.id if attempt else None, slug, kind, now, seed, int(passed), duration,
                 json.dumps(categories), summary, json.dumps(detail) if detail else None),
            )
            if kind == "grade" and passed and attempt and attempt.status == "in_progress":
                self.db.execute(
                    "UPDATE attempts SET status = 'solved', ended_at = ? WHERE id = ?", (now, attempt.id)
                )

    def record_hint(self, slug: str, attempt: Attempt | None, level: int, total: int,
                    now: float | None = None) -> None:
        """A hint was shown; the attempt in progress counts the deepest level revealed."""
        with self._tx():
            self._note(slug, "hint", attempt, f"hint {level} of {total}", {"level": level, "of": total}, now)
            if attempt:
                self.db.execute("UPDATE attempts SET hints_used = MAX(hints_used, ?) WHERE id = ?",
                                (level, attempt.id))

    def record_solution(self, slug: str, attempt: Attempt | None, forced: bool, now: float | None = None) -> None:
        """The reference solution was shown; the attempt it was shown during is marked."""
        summary = "reference solution shown" + (" (before any grade)" if forced else "")
        with self._tx():
            self._note(slug, "solution", attempt, summary, {"forced": forced}, now)
            if attempt:
                self.db.execute("UPDATE attempts SET solution_seen = 1 WHERE id = ?", (attempt.id,))

    def _note(self, slug: str, kind: str, attempt: Attempt | None, summary: str, detail: dict,
              now: float | None) -> None:
        self.db.execute(
            "INSERT INTO events (attempt_id, slug, kind, at, summary, detail) VALUES (?, ?, ?, ?, ?, ?)",
            (attempt.id if attempt else None, slug, kind, now or time.time(), summary, json.dumps(detail)),
        )

    def events(self, slug: str | None = None, limit: int | None = 50, *, kind: str | None = None,
               attempt_id: int | None = None, since: float | None = None) -> list[Event]:
        """Events newest first, filtered; limit=None returns them all."""
        clauses: list[str] = []
        args: list[object] = []
        for column, value in (("slug", slug), ("kind", kind), ("attempt_id", attempt_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        if since is not None:
            clauses.append("at >= ?")
            args.append(since)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        sql += " ORDER BY at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [
            Event(id=r["id"], attempt_id=r["attempt_id"], slug=r["slug"], kind=r["kind"], at=r["at"],
                  seed=r["seed"], passed=None if r["passed"] is None else bool(r["passed"]),
                  duration=r["duration"], categories=_categories(r["categories"]),
                  summary=str(r["summary"] or ""), detail=_text_json(r["detail"], dict))
            for r in self.db.execute(sql, args)
        ]

    # mock loops -------------------------------------------------------------

    def start_mock(self, seed: int, rounds: Sequence[MockRound], summary: str, now: float | None = None) -> Mock:
        now = now or time.time()
        with self._tx():
            cur = self.db.execute("INSERT INTO mocks (started_at, status, seed, rounds) VALUES (?, 'in_progress', ?, ?)",
                                  (now, seed, _rounds_json(rounds)))
            mock_id = _inserted_id(cur)
            self._note(f"mock #{mock_id}", "mock", None, summary, {"mock_id": mock_id, "phase": "start"}, now)
        return self.mock(mock_id)

    def update_mock(self, mock_id: int, rounds: Sequence[MockRound]) -> Mock:
        self.db.execute("UPDATE mocks SET rounds = ? WHERE id = ? AND status = 'in_progress'",
                        (_rounds_json(rounds), mock_id))
        return self.mock(mock_id)

    def finish_mock(self, mock_id: int, rounds: Sequence[MockRound], scorecard: Scorecard, summary: str,
                    now: float | None = None) -> Mock:
        now = now or time.time()
        with self._tx():
            self.db.execute("UPDATE mocks SET rounds = ?, scorecard = ?, status = 'finished', ended_at = ? WHERE id = ?",
                            (_rounds_json(rounds), json.dumps(scorecard.to_dict()), now, mock_id))
            self._note(f"mock #{mock_id}", "mock", None, summary, {"mock_id": mock_id, "phase": "end"}, now)
        return self.mock(mock_id)

    def mock(self, mock_id: int) -> Mock:
        row = self.db.execute("SELECT * FROM mocks WHERE id = ?", (mock_id,)).fetchone()
        if row is None:
            raise HistoryError(f"no mock #{mock_id} in this workspace's history",
                               hint="`drill mock` lists the mocks you have done")
        return _mock(row, self.path)

    def current_mock(self) -> Mock | None:
        row = self.db.execute("SELECT * FROM mocks WHERE status = 'in_progress' ORDER BY id DESC LIMIT 1").fetchone()
        return _mock(row, self.path) if row else None

    def mocks(self) -> list[Mock]:
        """Every mock, newest first."""
        return [_mock(r, self.path) for r in self.db.execute("SELECT * FROM mocks ORDER BY started_at DESC, id DESC")]

    def _tx(self):
        return _Transaction(self.db)


def _rollback(db: Db) -> None:
    try:
        db.execute("ROLLBACK")
    except HistoryError:
        pass  # nothing was begun, or the failure already ended it: the first error is the one to report


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error so history stays consistent."""

    def __init__(self, db: Db) -> None:
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            _rollback(self.db)
        else:
            try:
                self.db.execute("COMMIT")
            except HistoryError:
                _rollback(self.db)
                raise
        return False
