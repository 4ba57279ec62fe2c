"""Load the problem catalogue and validate every problem.toml against the shipped JSON Schema."""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from harness.catalogue import facts as prompt_facts
from harness.catalogue.support import SHARED_DIR, shared_module_path
from harness.errors import ProblemError, UsageError

PACKAGE_DIR = Path(__file__).resolve().parent.parent
ROUNDS = ("coding", "ml", "stats")
DIFFICULTIES = ("easy", "medium", "hard")

DEFAULT_CALL_TIMEOUT = 10.0
DEFAULT_GRADE_TIMEOUT = 180.0
DEFAULT_MEMORY_MB = 1024


PACKAGED_CATALOGUE = PACKAGE_DIR / "catalogue_data"  # what a wheel carries (scripts/wheel_backend.py)


def catalogue_root() -> Path:
    """The folder that holds problems/ and solutions/: DRILL_CATALOGUE, else the checkout drill is
    installed from, else the copy an installed wheel carries inside the package."""
    env = os.environ.get("DRILL_CATALOGUE")
    if env:
        return Path(env).resolve()
    checkout = PACKAGE_DIR.parent
    if not (checkout / "problems").is_dir() and (PACKAGED_CATALOGUE / "problems").is_dir():
        return PACKAGED_CATALOGUE
    return checkout


@dataclass(frozen=True)
class Problem:
    slug: str
    title: str
    round: str
    difficulty: str
    tags: tuple[str, ...]
    minutes: int
    entrypoints: tuple[str, ...]
    hints: tuple[str, ...]
    source: str
    path: Path
    idea: str = ""  # the key idea in one line, shown with the reference solution
    forbidden_imports: tuple[str, ...] = ()
    time_target: str | None = None
    space_target: str | None = None
    rtol: float | None = None
    atol: float | None = None
    call_timeout: float = DEFAULT_CALL_TIMEOUT
    grade_timeout: float = DEFAULT_GRADE_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    wrong: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # problems/_shared/<name>.py modules the tests import, delivered like tests/support.py
    support: tuple[str, ...] = ()
    # numbers the prompt states about the tests ({{ name }} in prompt.md, fact("name") in tests)
    facts: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    @property
    def prompt_path(self) -> Path:
        return self.path / "prompt.md"

    @property
    def stub_path(self) -> Path:
        return self.path / "stub.py"

    @property
    def tests_dir(self) -> Path:
        return self.path / "tests"

    @property
    def solutions_dir(self) -> Path:
        return self.path.parent.parent / "solutions" / self.slug

    def prompt_source(self) -> str:
        """prompt.md as written, placeholders and all."""
        try:
            return self.prompt_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ProblemError(f"{self.prompt_path}: cannot read the prompt ({exc.strerror})") from exc

    def prompt(self) -> str:
        """The prompt as the candidate reads it: placeholders replaced by the problem's facts."""
        return prompt_facts.render(self.prompt_source(), prompt_facts.prompt_values(self),
                                   where=str(self.prompt_path))


@cache
def _schema() -> dict:
    return json.loads((PACKAGE_DIR / "schemas" / "problem.schema.json").read_text())


def _describe_schema_error(error) -> str:
    where = ".".join(str(p) for p in error.absolute_path) or "(top level)"
    if error.validator == "required":
        return f"missing required field: {error.message.split(' ')[0]}"
    if error.validator == "additionalProperties":
        return f"field '{where}': {error.message}"
    return f"field '{where}': {error.message}"


class _ValidationCache:
    """Digests of problem.toml files that already passed the schema, so the everyday commands
    (list, start) skip importing jsonschema. Keyed by content and schema; a cache that cannot be
    read or written is simply not used."""

    def __init__(self) -> None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        self.path = Path(base) / "drill" / "validated-problems.json"
        self.known: set[str] | None = None

    def _load(self) -> set[str]:
        if self.known is None:
            try:
                self.known = set(json.loads(self.path.read_text()))
            except (OSError, ValueError, TypeError):
                self.known = set()
        return self.known

    def key(self, data: bytes) -> str:
        schema = (PACKAGE_DIR / "schemas" / "problem.schema.json").read_bytes()
        return hashlib.sha256(schema + b"\0" + data).hexdigest()[:32]

    def __contains__(self, key: str) -> bool:
        return key in self._load()

    def add(self, key: str) -> None:
        known = self._load()
        known.add(key)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(sorted(known)[-5000:]))
            os.replace(tmp, self.path)
        except OSError:
            pass


_validated = _ValidationCache()


def check_schema(raw: dict, toml_path: Path) -> None:
    import jsonschema  # deferred: keeps `drill --help` fast

    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(raw), key=lambda e: list(e.absolute_path))
    if errors:
        raise ProblemError(
            f"{toml_path}: {_describe_schema_error(errors[0])}",
            hint="see AUTHORING.md or harness/schemas/problem.schema.json for the format",
        )


def load_problem(folder: Path, *, use_cache: bool = True) -> Problem:
    """Parse and validate one problem folder; raise ProblemError naming the file and field."""
    toml_path = folder / "problem.toml"
    try:
        data = toml_path.read_bytes()
        raw = tomllib.loads(data.decode("utf-8"))
    except FileNotFoundError as exc:
        raise ProblemError(f"{toml_path}: missing", hint="every problem folder needs a problem.toml") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProblemError(f"{toml_path}: not valid TOML: {exc}") from exc
    key = _validated.key(data)
    if not (use_cache and key in _validated):
        check_schema(raw, toml_path)
        _validated.add(key)
    if raw["slug"] != folder.name:
        raise ProblemError(f"{toml_path}: field 'slug' is {raw['slug']!r} but the folder is {folder.name!r}")
    for name in ("prompt.md", "stub.py", "tests/test_examples.py", "tests/test_hidden.py"):
        if not (folder / name).is_file():
            raise ProblemError(f"{folder / name}: missing", hint="a problem needs prompt.md, stub.py and both test files")
    for name in raw.get("support", ()):
        if not shared_module_path(folder.parent, name).is_file():
            raise ProblemError(f"{toml_path}: field 'support' names {name!r} but "
                               f"{shared_module_path(folder.parent, name)} is missing",
                               hint=f"shared support modules live in problems/{SHARED_DIR}/<name>.py")
    complexity = raw.get("complexity", {})
    tolerance = raw.get("tolerance", {})
    limits = raw.get("limits", {})
    return Problem(
        slug=raw["slug"],
        title=raw["title"],
        round=raw["round"],
        difficulty=raw["difficulty"],
        tags=tuple(raw["tags"]),
        minutes=raw["minutes"],
        entrypoints=tuple(raw["entrypoints"]),
        hints=tuple(raw["hints"]),
        idea=raw.get("idea", ""),
        source=raw["source"],
        path=folder,
        forbidden_imports=tuple(raw.get("imports", {}).get("forbidden", ())),
        time_target=complexity.get("time"),
        space_target=complexity.get("space"),
        rtol=tolerance.get("rtol"),
        atol=tolerance.get("atol"),
        call_timeout=float(limits.get("call_timeout", DEFAULT_CALL_TIMEOUT)),
        grade_timeout=float(limits.get("grade_timeout", DEFAULT_GRADE_TIMEOUT)),
        memory_mb=int(limits.get("memory_mb", DEFAULT_MEMORY_MB)),
        wrong=dict(raw.get("wrong", {})),
        support=tuple(raw.get("support", ())),
        facts=dict(raw.get("facts", {})),
    )


class Catalogue:
    """All problems under a root's problems/ folder, loaded lazily by slug."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or catalogue_root()) / "problems"
        if not self.root.is_dir():
            raise ProblemError(
                f"{self.root}: no problems folder",
                hint="set DRILL_CATALOGUE to the drill checkout that holds problems/",
            )
        self._cache: dict[str, Problem] = {}

    def slugs(self) -> list[str]:
        # Folders starting with "_" (problems/_shared) hold what problems share; they are not problems.
        return sorted(p.name for p in self.root.iterdir()
                      if not p.name.startswith(("_", ".")) and (p / "problem.toml").is_file())

    def get(self, slug: str) -> Problem:
        if slug in self._cache:
            return self._cache[slug]
        folder = self.root / slug
        if not (folder / "problem.toml").is_file():
            raise UsageError(f"unknown problem '{slug}'", hint=self.suggest(slug))
        problem = load_problem(folder)
        self._cache[slug] = problem
        return problem

    def suggest(self, slug: str) -> str:
        close = difflib.get_close_matches(slug, self.slugs(), n=3, cutoff=0.5)
        if close:
            return "did you mean: " + ", ".join(close) + "?"
        return "run `drill list` to see the problems"

    def all(self) -> list[Problem]:
        return [self.get(s) for s in self.slugs()]

    def load_all(self) -> tuple[list[Problem], list[ProblemError]]:
        """Every problem that loads, and the errors of those that don't (one broken folder
        must not hide the rest of the catalogue)."""
        good, bad = [], []
        for slug in self.slugs():
            try:
                good.append(self.get(slug))
            except ProblemError as exc:
                bad.append(exc)
        return good, bad

    def filter(self, *, round: str | None = None, tag: str | None = None,
               difficulty: str | None = None, problems: list[Problem] | None = None) -> list[Problem]:
        out = []
        for problem in self.all() if problems is None else problems:
            if round and problem.round != round:
                continue
            if tag and tag not in problem.tags:
                continue
            if difficulty and problem.difficulty != difficulty:
                continue
            out.append(problem)
        return out
