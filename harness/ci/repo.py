"""Read a shared practice repo safely: its config, its `<person>/<slug>/solution.py` files, git facts.

Only `solution.py` files (and the group's `drill.toml`) are read from the repository. Symlinks are
never followed: a symlinked person folder, slug folder or solution file is reported and skipped,
as is anything that is not a plain file of reasonable size. Every refusal is a per-submission
finding, never an exception: one person's odd folder must not stop the run for everyone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
import subprocess
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from harness.errors import UsageError

CONFIG_NAME = "drill.toml"
SOLUTION_NAME = "solution.py"
MAX_SOLUTION_BYTES = 1024 * 1024
MAX_CONFIG_BYTES = 256 * 1024
FAIL_ON = ("none", "error", "any-failure")
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
NAME_RULE = "letters, digits, '.', '_' and '-' (starting with a letter or digit, at most 64)"
SKIPPED_NAMES = {"__pycache__", "node_modules"}
_GIT_SAFE = ["-c", "core.fsmonitor=false", "-c", "core.quotepath=off"]


@dataclass(frozen=True)
class Found:
    """One `<person>/<slug>/solution.py` of the repo: its source, or why it was refused."""

    person: str
    slug: str
    path: str  # relative to the repo root, with '/'
    source: bytes | None = None
    problem: str = ""  # why it was refused (empty when `source` is set)

    @property
    def key(self) -> str:
        return f"{self.person}/{self.slug}"


@dataclass(frozen=True)
class Config:
    """The group's drill.toml: which problems count, deadlines, the exit-code policy."""

    problems: tuple[str, ...] | None = None  # None: every problem of the catalogue counts
    deadlines: dict[str, dt.datetime] = field(default_factory=dict)
    fail_on: str = "error"
    ignore: tuple[str, ...] = ()
    path: Path | None = None


def display_name(name: str) -> str:
    """A folder name as it can be shown: printable ASCII as it is (renderers escape markup), any
    other character (control, non-ASCII, backslash) as an escape, so nothing is hidden."""
    out = []
    for ch in name[:200]:
        if " " <= ch <= "~" and ch != "\\":
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return "".join(out)


# --- config ----------------------------------------------------------------------------------


def load_config(path: Path, *, required: bool = False) -> Config:
    """Parse drill.toml; a missing file gives the defaults unless `required`."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        if required:
            raise UsageError(f"{path}: no such config file") from None
        return Config()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the config ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(f"{path}: the config must be a plain file (not a symlink or folder)")
    if st.st_size > MAX_CONFIG_BYTES:
        raise UsageError(f"{path}: the config is larger than {MAX_CONFIG_BYTES // 1024} KB")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None
    known = {"problems", "deadlines", "fail_on", "ignore"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise UsageError(f"{path}: unknown setting '{unknown[0]}'",
                         hint="drill.toml knows: " + ", ".join(sorted(known)))
    problems = raw.get("problems")
    if problems is not None and not _strings(problems):
        raise UsageError(f"{path}: field 'problems' must be a list of problem slugs, e.g. [\"two_sum\"]")
    fail_on = raw.get("fail_on", "error")
    if fail_on not in FAIL_ON:
        raise UsageError(f"{path}: field 'fail_on' is {fail_on!r}; use one of: " + ", ".join(FAIL_ON))
    ignore = raw.get("ignore", [])
    if not _strings(ignore):
        raise UsageError(f"{path}: field 'ignore' must be a list of top-level folder names")
    deadlines_raw = raw.get("deadlines", {})
    if not isinstance(deadlines_raw, dict):
        raise UsageError(f"{path}: [deadlines] must be a table: slug = 2025-07-01T23:59:00Z")
    deadlines = {slug: _deadline(value, f"{path}: deadlines.{slug}") for slug, value in deadlines_raw.items()}
    return Config(problems=tuple(problems) if problems is not None else None, deadlines=deadlines,
                  fail_on=fail_on, ignore=tuple(ignore), path=path)


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _deadline(value, where: str) -> dt.datetime:
    """TOML date-times: with an offset as given; without one, UTC; a bare date, the end of that day UTC."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(23, 59, 59), tzinfo=dt.UTC)
    raise UsageError(f"{where} is {value!r}; write a TOML date-time such as 2025-07-01T23:59:00Z "
                     "(no quotes) or a date such as 2025-07-01")


# --- discovery ---------------------------------------------------------------------------------


def discover(root: Path, ignore: tuple[str, ...] = ()) -> list[Found]:
    """Every `<person>/<slug>/solution.py` under `root`, sorted, read without following symlinks."""
    if not root.is_dir():
        raise UsageError(f"{root}: not a folder", hint="pass the root of the practice repository")
    found: list[Found] = []
    for person in _entries(root):
        if person.name in ignore:
            continue
        person_path = root / person.name
        if person.is_symlink():
            if os.path.isdir(person_path):  # a link to a folder: it could pose as a person
                found.append(Found(person.name, "*", f"{person.name}/", problem=(
                    "the person folder is a symlink; symlinks are not followed (commit a real folder)")))
            continue
        if not person.is_dir(follow_symlinks=False):
            continue
        for slug in _entries(person_path):
            found += _submission(root, person.name, slug)
    return sorted(found, key=lambda f: (f.person, f.slug))


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if not e.name.startswith(".") and e.name not in SKIPPED_NAMES]
    except OSError:
        return []
    return sorted(entries, key=lambda e: e.name)


def _submission(root: Path, person: str, slug: os.DirEntry) -> list[Found]:
    rel = f"{person}/{slug.name}/{SOLUTION_NAME}"

    def refused(why: str) -> list[Found]:
        return [Found(person, slug.name, rel, problem=why)]

    if slug.is_symlink():
        if os.path.isdir(root / person / slug.name):
            return refused("the problem folder is a symlink; symlinks are not followed (commit a real folder)")
        return []
    if not slug.is_dir(follow_symlinks=False):
        return []
    path = root / person / slug.name / SOLUTION_NAME
    try:
        st = path.lstat()
    except FileNotFoundError:
        return []  # a folder without solution.py is nothing to grade (yet)
    except OSError as exc:
        return refused(f"{SOLUTION_NAME} cannot be read ({exc.strerror})")
    for name, what in ((person, "person"), (slug.name, "problem")):
        if not NAME_RE.fullmatch(name):
            return refused(f"the {what} folder name '{display_name(name)}' is not allowed; use {NAME_RULE}")
    if stat.S_ISLNK(st.st_mode):
        return refused(f"{SOLUTION_NAME} is a symlink; commit the file itself")
    if not stat.S_ISREG(st.st_mode):
        return refused(f"{SOLUTION_NAME} is not a plain file")
    if st.st_nlink > 1:
        return refused(f"{SOLUTION_NAME} is a hard link to another file; commit a file of its own")
    try:
        source = _read_plain(path, st, root / person)
    except ValueError as exc:
        return refused(str(exc))
    return [Found(person, slug.name, rel, source=source)]


def _read_plain(path: Path, seen: os.stat_result, person_dir: Path) -> bytes:
    """The file's bytes, provided it is still the plain file inside the person's folder we looked at."""
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(Path(os.path.realpath(person_dir))):
        raise ValueError(f"{SOLUTION_NAME} resolves outside the person's folder")
    if seen.st_size > MAX_SOLUTION_BYTES:
        raise ValueError(f"{SOLUTION_NAME} is larger than {MAX_SOLUTION_BYTES // 1024} KB")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise ValueError(f"{SOLUTION_NAME} cannot be opened ({exc.strerror})") from None
    try:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) != (seen.st_dev, seen.st_ino) or not stat.S_ISREG(st.st_mode):
            raise ValueError(f"{SOLUTION_NAME} changed while it was being read")
        chunks, size = [], 0
        while size <= MAX_SOLUTION_BYTES:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > MAX_SOLUTION_BYTES:
        raise ValueError(f"{SOLUTION_NAME} is larger than {MAX_SOLUTION_BYTES // 1024} KB")
    return b"".join(chunks)


# --- sharding ------------------------------------------------------------------------------------


def parse_shard(text: str) -> tuple[int, int]:
    """'2/4' -> (2, 4); raises ValueError with the reason."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match:
        raise ValueError(f"{text!r} is not of the form i/n (e.g. 1/4)")
    index, count = int(match[1]), int(match[2])
    if not 1 <= index <= count:
        raise ValueError(f"shard {index}/{count}: i must be between 1 and n")
    return index, count


def shard_of(key: str, count: int) -> int:
    """The shard (1..count) a submission belongs to: a hash of its person/slug, so the partition
    does not depend on the order of discovery or on which other submissions exist."""
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


# --- git -----------------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *_GIT_SAFE, *args], cwd=root, capture_output=True, text=True,
                              errors="surrogateescape", stdin=subprocess.DEVNULL, timeout=120, check=False)
    except FileNotFoundError:
        raise UsageError("git is not installed, but this needs it", hint="install git") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"git {args[0]} in {root} took more than 120 s") from None


def is_git_repo(root: Path) -> bool:
    try:
        done = _git(root, "rev-parse", "--is-inside-work-tree")
    except UsageError:
        return False
    return done.returncode == 0 and done.stdout.strip() == "true"


def changed_since(root: Path, rev: str) -> set[str]:
    """Paths (relative to `root`) of files changed since `rev`: committed after it, modified in the
    working tree, or new and untracked."""
    probe = _git(root, "rev-parse", "--is-inside-work-tree")
    if probe.returncode != 0:
        detail = probe.stderr.strip().splitlines()[-1] if probe.stderr.strip() else ""
        raise UsageError(f"{root} is not a git repository, so --changed-since cannot be used"
                         + (f" ({detail})" if detail else ""),
                         hint="run it inside a clone of the practice repo, or drop --changed-since")
    if rev.startswith("-"):
        raise UsageError(f"--changed-since {rev!r}: a revision cannot start with '-'")
    known = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    if known.returncode != 0:
        raise UsageError(f"--changed-since: unknown git revision {rev!r} in {root}",
                         hint="check the name; a shallow CI clone may lack it (actions/checkout: "
                              "fetch-depth: 0)")
    commit = known.stdout.strip()
    diff = _git(root, "diff", "--name-only", "--no-renames", "--no-ext-diff", "--relative", commit, "--")
    untracked = _git(root, "ls-files", "--others", "--exclude-standard")
    for done in (diff, untracked):
        if done.returncode != 0:
            raise UsageError(f"git could not list the changes since {rev!r}: {done.stderr.strip()[-300:]}")
    return {line for line in (diff.stdout + "\n" + untracked.stdout).splitlines() if line}


def commit_times(root: Path) -> dict[str, dt.datetime]:
    """Path -> committer date of the newest commit that touched it, for every solution.py in the
    history (one `git log` for the whole repo). Empty outside a git repository."""
    if not is_git_repo(root):
        return {}
    done = _git(root, "log", "--format=%x00%cI", "--name-only", "--no-renames", "--relative",
                "--", f"*/*/{SOLUTION_NAME}")
    if done.returncode != 0:
        return {}  # e.g. a repository without commits yet
    times: dict[str, dt.datetime] = {}
    when = None
    for line in done.stdout.splitlines():
        if line.startswith("\0"):
            when = dt.datetime.fromisoformat(line[1:].strip())
        elif line and when is not None:
            times.setdefault(line, when)
    return times
