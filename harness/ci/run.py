"""`drill ci`: grade every `<person>/<slug>/solution.py` of a shared practice repo, and merge shards.

The hidden tests always come from the installed catalogue, never from the repository being
graded (a catalogue inside it is refused). Submissions of one problem are graded together by
grader.grade_batch (one trusted pytest process, one worker per submission); batches of
different problems run side by side. A batch whose grading breaks marks its own submissions as
errors and the run goes on. The result is a CiReport, versioned like the grading report and
described by harness/schemas/ci.schema.json.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from harness import __version__
from harness.catalogue.loader import PACKAGE_DIR, Catalogue, catalogue_root
from harness.ci.repo import Config, Found, changed_since, commit_times, discover, shard_of
from harness.errors import DrillError, UsageError
from harness.grading.results import Report, upgrade_report_dict

# 2: the grading reports inside are format 2 (complexity verdicts as data). Version-1 files are
# still read (merged with version-2 ones), as version 2.
CI_FORMAT = 2
READABLE_CI_FORMATS = (1, 2)
MAX_JOBS = 32  # each running batch holds one of the sandbox's 64 private uids
MAX_BATCH = 50  # submissions per test process: bounds what one stuck process can delay


class Status(str, enum.Enum):
    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"  # grading itself broke for this submission (not the submission's fault)
    REJECTED = "rejected"  # unsafe or unreadable: a symlink, a bad folder name, too large
    UNKNOWN = "unknown-problem"  # the folder names no problem of the catalogue
    NOT_COUNTED = "not-counted"  # a real problem that drill.toml does not count


@dataclass(frozen=True)
class SubmissionResult:
    person: str
    slug: str
    path: str
    status: Status
    message: str = ""  # why it was rejected, not counted or not graded; a "did you mean"
    report: Report | None = None
    committed_at: str | None = None
    late: bool | None = None  # None: no deadline, or no commit time to check it against

    @property
    def key(self) -> str:
        return f"{self.person}/{self.slug}"

    def to_dict(self) -> dict:
        return {"person": self.person, "slug": self.slug, "path": self.path, "status": self.status.value,
                "message": self.message, "committed_at": self.committed_at, "late": self.late,
                "report": self.report.to_dict() if self.report else None}

    @classmethod
    def from_dict(cls, d: dict) -> SubmissionResult:
        report = Report.from_dict(d["report"]) if d.get("report") else None
        return cls(person=d["person"], slug=d["slug"], path=d["path"], status=Status(d["status"]),
                   message=d.get("message", ""), report=report, committed_at=d.get("committed_at"),
                   late=d.get("late"))


@dataclass(frozen=True)
class Standing:
    person: str
    solved: int  # passed before the deadline (or with none)
    late: int  # passed, but after the deadline
    attempted: int  # graded submissions (passed or failed)
    rank: int = 0


@dataclass(frozen=True)
class CiReport:
    """One `drill ci` run, or several shard runs merged."""

    started_at: str
    duration: float
    root: str
    problems: tuple[str, ...]  # the problems that count, in column order
    submissions: tuple[SubmissionResult, ...]
    seeds: tuple[int, ...] = ()
    isolation: tuple[str, ...] = ()
    shard: tuple[int, int] | None = None
    shards_merged: tuple[str, ...] = ()  # "1/4", ... when this report merges shard reports
    changed_since: str | None = None
    deadlines: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    harness_version: str = __version__
    format_version: int = CI_FORMAT

    def totals(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for sub in self.submissions:
            counts[sub.status.value] += 1
        return {"submissions": len(self.submissions), **counts,
                "late": sum(1 for s in self.submissions if s.late)}

    def people(self) -> list[str]:
        return sorted({s.person for s in self.submissions})

    def leaderboard(self) -> list[Standing]:
        """People by problems solved on time, then late solves, then fewer attempts; ties share a rank."""
        rows: dict[str, list[int]] = {}
        for sub in self.submissions:
            row = rows.setdefault(sub.person, [0, 0, 0])
            if sub.status in (Status.PASSED, Status.FAILED):
                row[2] += 1
            if sub.status is Status.PASSED:
                row[1 if sub.late else 0] += 1
        ordered = sorted(rows.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
        out, rank, previous = [], 0, None
        for position, (person, (solved, late, attempted)) in enumerate(ordered, start=1):
            if (solved, late) != previous:
                rank, previous = position, (solved, late)
            out.append(Standing(person, solved, late, attempted, rank))
        return out

    def exit_code(self, fail_on: str) -> int:
        """0 or 1 under the policy: 'none' never fails; 'error' fails when grading itself broke
        for some submission; 'any-failure' also when any counted submission did not pass."""
        if fail_on == "none":
            return 0
        bad = {Status.ERROR}
        if fail_on == "any-failure":
            bad |= {Status.FAILED, Status.REJECTED, Status.UNKNOWN}
        return 1 if any(s.status in bad for s in self.submissions) else 0

    def to_dict(self) -> dict:
        return {
            "format": "drill-ci",
            "format_version": self.format_version,
            "harness_version": self.harness_version,
            "started_at": self.started_at,
            "duration": round(self.duration, 3),
            "root": self.root,
            "seeds": list(self.seeds),
            "isolation": list(self.isolation),
            "shard": {"index": self.shard[0], "count": self.shard[1]} if self.shard else None,
            "shards_merged": list(self.shards_merged),
            "changed_since": self.changed_since,
            "problems": list(self.problems),
            "deadlines": dict(self.deadlines),
            "notes": list(self.notes),
            "totals": self.totals(),
            "leaderboard": [{"rank": s.rank, "person": s.person, "solved": s.solved, "late": s.late,
                             "attempted": s.attempted} for s in self.leaderboard()],
            "submissions": [s.to_dict() for s in self.submissions],
        }

    @classmethod
    def from_dict(cls, d: dict) -> CiReport:
        shard = d.get("shard")
        return cls(started_at=d["started_at"], duration=d["duration"], root=d["root"],
                   problems=tuple(d["problems"]),
                   submissions=tuple(SubmissionResult.from_dict(s) for s in d["submissions"]),
                   seeds=tuple(d["seeds"]), isolation=tuple(d["isolation"]),
                   shard=(shard["index"], shard["count"]) if shard else None,
                   shards_merged=tuple(d.get("shards_merged", ())), changed_since=d.get("changed_since"),
                   deadlines=dict(d.get("deadlines", {})), notes=tuple(d.get("notes", ())),
                   harness_version=d["harness_version"], format_version=d["format_version"])


def schema() -> dict:
    """The CI report schema with the grading report schema it refers to put in place (so that
    validating needs no schema registry)."""
    ci = json.loads((PACKAGE_DIR / "schemas" / "ci.schema.json").read_text())
    report = json.loads((PACKAGE_DIR / "schemas" / "report.schema.json").read_text())
    choices = ci["properties"]["submissions"]["items"]["properties"]["report"]["oneOf"]
    choices[:] = [report if c.get("$ref") == report["$id"] else c for c in choices]
    return ci


def validate_json(data: dict) -> None:
    """Raise jsonschema.ValidationError unless `data` matches the shipped CI report schema."""
    import jsonschema

    jsonschema.validate(data, schema())


# --- running -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CiOptions:
    config: Config = field(default_factory=Config)
    jobs: int | None = None
    seed: int | None = None
    shard: tuple[int, int] | None = None
    changed_since: str | None = None


def default_jobs() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_JOBS))


def run(root: Path, options: CiOptions, *, catalogue: Catalogue | None = None,
        on_result: Callable[[SubmissionResult], None] | None = None,
        cancel: threading.Event | None = None,
        on_total: Callable[[int], None] | None = None) -> CiReport:
    """Discover, select (shard, changed files), grade and collect; `on_total` hears how many
    submissions there are once they are selected, `on_result` sees each one as soon as its
    result is known."""
    from harness.grading.grader import new_seed

    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    root = root.resolve()
    catalogue = catalogue or Catalogue()
    _refuse_catalogue_inside(root, catalogue)
    config = options.config
    counted = _counted_problems(catalogue, config)
    found = discover(root, config.ignore)
    notes: list[str] = []
    if options.shard:
        index, count = options.shard
        found = [f for f in found if shard_of(f.key, count) == index]
    if options.changed_since:
        changed = changed_since(root, options.changed_since)
        found = [f for f in found if f.path in changed]
    times: dict[str, dt.datetime] = {}
    if config.deadlines:
        times = commit_times(root)
        if not times:
            notes.append("deadlines were not checked: no git history of the solutions was found")
        else:
            notes.append("deadlines are checked against commit dates, which committers set themselves")
    seed = options.seed if options.seed is not None else new_seed()
    results: dict[str, SubmissionResult] = {}
    if on_total is not None:
        on_total(len(found))

    def emit(result: SubmissionResult) -> None:
        result = _with_deadline(result, config, times)
        results[result.key + "\0" + result.path] = result
        if on_result is not None:
            on_result(result)

    to_grade: dict[str, list[Found]] = {}
    known = set(catalogue.slugs())
    for item in found:
        if item.source is None:
            emit(SubmissionResult(item.person, item.slug, item.path, Status.REJECTED, item.problem))
        elif item.slug not in known:
            emit(SubmissionResult(item.person, item.slug, item.path, Status.UNKNOWN,
                                  f"no problem '{item.slug}' in the catalogue; {catalogue.suggest(item.slug)}"))
        elif item.slug not in counted:
            emit(SubmissionResult(item.person, item.slug, item.path, Status.NOT_COUNTED,
                                  f"'{item.slug}' is not among the problems drill.toml counts"))
        else:
            to_grade.setdefault(item.slug, []).append(item)
    isolation = _grade_all(catalogue, to_grade, seed, options.jobs or default_jobs(), emit, cancel)
    ordered = tuple(sorted(results.values(), key=lambda r: (r.person, r.slug, r.path)))
    return CiReport(started_at=started, duration=time.perf_counter() - t0, root=str(root),
                    problems=tuple(counted), submissions=ordered, seeds=(seed,) if to_grade else (),
                    isolation=tuple(sorted(isolation)), shard=options.shard,
                    changed_since=options.changed_since,
                    deadlines={k: v.isoformat() for k, v in sorted(config.deadlines.items())},
                    notes=tuple(notes))


def _refuse_catalogue_inside(root: Path, catalogue: Catalogue) -> None:
    """Hidden tests that live in the repository being graded could be edited by a submission."""
    for what, path in (("the problem catalogue", catalogue.root), ("the drill package", PACKAGE_DIR),
                       ("the problem catalogue", catalogue_root())):
        real = Path(os.path.realpath(path))
        if real == root or real.is_relative_to(root):
            raise UsageError(f"{what} ({real}) lies inside the repository being graded ({root}); its "
                             "hidden tests could be changed by the very submissions they grade",
                             hint="install drill outside the practice repo (the workflow drill init "
                                  "writes clones it to $RUNNER_TEMP)")


def _counted_problems(catalogue: Catalogue, config: Config) -> list[str]:
    slugs = catalogue.slugs()
    if config.problems is None:
        return slugs
    for slug in config.problems:
        if slug not in slugs:
            where = config.path or "drill.toml"
            raise UsageError(f"{where}: field 'problems' names an unknown problem '{slug}'",
                             hint=catalogue.suggest(slug))
    return list(dict.fromkeys(config.problems))


def _with_deadline(result: SubmissionResult, config: Config,
                   times: dict[str, dt.datetime]) -> SubmissionResult:
    deadline = config.deadlines.get(result.slug)
    when = times.get(result.path)
    if when is None:
        return result
    late = None if deadline is None else when > deadline
    return replace(result, committed_at=when.isoformat(), late=late)


def _batches(groups: dict[str, list[Found]], jobs: int) -> list[tuple[str, list[Found]]]:
    """Split each problem's submissions into batches small enough to keep every job busy, the
    biggest first (one process per batch: fewer, larger batches pay fewer start-ups)."""
    total = sum(len(v) for v in groups.values())
    size = max(1, min(MAX_BATCH, math.ceil(total / jobs)))
    out = []
    for slug, items in groups.items():
        pieces = math.ceil(len(items) / size)
        step = math.ceil(len(items) / pieces)
        out += [(slug, items[i:i + step]) for i in range(0, len(items), step)]
    return sorted(out, key=lambda b: -len(b[1]))


def _grade_all(catalogue: Catalogue, groups: dict[str, list[Found]], seed: int, jobs: int,
               emit: Callable[[SubmissionResult], None], cancel: threading.Event | None) -> set[str]:
    from harness.grading.grader import GradeOptions, Submission, grade_batch

    cancel = cancel or threading.Event()
    isolation: set[str] = set()

    def grade_one(slug: str, items: list[Found]) -> list[SubmissionResult]:
        try:
            problem = catalogue.get(slug)
            reports = grade_batch(problem, [Submission(f.source or b"", f.path) for f in items],
                                  GradeOptions(seed=seed), cancel=cancel)
        except DrillError as exc:
            return [SubmissionResult(f.person, f.slug, f.path, Status.ERROR, f"grading failed: {exc}")
                    for f in items]
        except Exception as exc:  # noqa: BLE001 - a fault in drill itself: fail these, go on
            return [SubmissionResult(f.person, f.slug, f.path, Status.ERROR,
                                     f"grading failed (internal error, please report it): "
                                     f"{type(exc).__name__}: {exc}") for f in items]
        out = []
        for f, report in zip(items, reports, strict=True):
            isolation.add(report.isolation)
            status = Status.PASSED if report.passed else Status.FAILED
            out.append(SubmissionResult(f.person, f.slug, f.path, status, report=report))
        return out

    for slug in groups:  # loaded once here, not by threads at once (validation writes a cache file)
        try:
            catalogue.get(slug)
        except DrillError:
            pass  # grade_one reports it for each submission
    batches = _batches(groups, jobs)
    if not batches:
        return isolation
    with ThreadPoolExecutor(max_workers=min(jobs, len(batches)), thread_name_prefix="drill-ci") as pool:
        pending = {pool.submit(grade_one, slug, items) for slug, items in batches}
        try:
            while pending:
                done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    for result in future.result():
                        emit(result)
        except BaseException:
            cancel.set()  # running batches kill their processes and end with an error
            for future in pending:
                future.cancel()
            raise
    return isolation


# --- merging shard reports ---------------------------------------------------------------------


def load_report(path: Path) -> CiReport:
    """A CI report file, checked against the schema; every refusal names the file."""
    import jsonschema

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the report ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not a JSON file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != "drill-ci":
        raise UsageError(f"{path}: not a drill ci report (a `drill ci --json` file)")
    if data.get("format_version") not in READABLE_CI_FORMATS:
        raise UsageError(f"{path}: report format version {data.get('format_version')!r}; this drill "
                         f"reads versions {', '.join(map(str, READABLE_CI_FORMATS))}",
                         hint="merge reports written by the same drill version")
    try:
        data = upgrade_ci_dict(data)
    except (ValueError, TypeError, AttributeError) as exc:
        raise UsageError(f"{path}: not a valid drill ci report: {exc}") from None
    try:
        validate_json(data)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(top level)"
        raise UsageError(f"{path}: not a valid drill ci report at {where}: {exc.message}") from None
    return CiReport.from_dict(data)


def upgrade_ci_dict(data: dict) -> dict:
    """A CI report as the current format (a copy; a version-1 file's grading reports upgraded)."""
    if data.get("format_version") == CI_FORMAT:
        return data
    submissions = [{**s, "report": upgrade_report_dict(s["report"])} if isinstance(s, dict) and s.get("report")
                   else s for s in data.get("submissions", [])]
    return {**data, "format_version": CI_FORMAT, "submissions": submissions}


def merge(reports: Iterable[tuple[str, CiReport]]) -> CiReport:
    """One report from several (shard) reports: refuses mixed format versions and any submission
    that appears twice (overlapping shards, or the same report given twice)."""
    items = list(reports)
    if not items:
        raise UsageError("drill ci merge needs at least one report")
    versions = {r.format_version for _, r in items}
    if len(versions) > 1:
        detail = ", ".join(f"{name}: {r.format_version}" for name, r in items)
        raise UsageError(f"the reports have different format versions ({detail}); merge reports of one "
                         "drill version only")
    seen: dict[str, str] = {}
    submissions: list[SubmissionResult] = []
    for name, report in items:
        for sub in report.submissions:
            key = sub.key + "\0" + sub.path
            if key in seen:
                raise UsageError(f"{sub.path} appears in both {seen[key]} and {name}; each submission "
                                 "may be in one report only (overlapping shards, or a file given twice?)")
            seen[key] = name
            submissions.append(sub)
    problems: list[str] = []
    for _, report in items:
        problems += [p for p in report.problems if p not in problems]
    shards = sorted({f"{r.shard[0]}/{r.shard[1]}" for _, r in items if r.shard}
                    | {s for _, r in items for s in r.shards_merged})
    notes = list(dict.fromkeys(n for _, r in items for n in r.notes))
    counts = {r.shard[1] for _, r in items if r.shard}
    if len(counts) == 1:
        missing = sorted(set(range(1, counts.pop() + 1)) - {r.shard[0] for _, r in items if r.shard})
        if missing:
            notes.append("shards missing from this merge: " + ", ".join(map(str, missing)))
    versions_h = sorted({r.harness_version for _, r in items})
    if len(versions_h) > 1:
        notes.append("the shards ran different drill versions: " + ", ".join(versions_h))
    first = min(items, key=lambda i: i[1].started_at)[1]
    deadlines: dict[str, str] = {}
    for _, report in items:
        deadlines.update(report.deadlines)
    return CiReport(started_at=first.started_at, duration=max(r.duration for _, r in items),
                    root=first.root, problems=tuple(problems),
                    submissions=tuple(sorted(submissions, key=lambda s: (s.person, s.slug, s.path))),
                    seeds=tuple(sorted({s for _, r in items for s in r.seeds})),
                    isolation=tuple(sorted({i for _, r in items for i in r.isolation})),
                    shards_merged=tuple(shards), changed_since=first.changed_since,
                    deadlines=deadlines, notes=tuple(notes), harness_version=first.harness_version)
