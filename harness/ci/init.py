"""`drill init`: lay out a shared practice repo (README, drill.toml, a GitHub Actions workflow).

The files come from harness/templates/practice/. CI installs drill from a pinned git revision
or from a fixed path, always outside the repository it grades. Existing files are never
replaced: init refuses before writing anything.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import textwrap
from dataclasses import dataclass
from pathlib import Path

from harness.catalogue.loader import PACKAGE_DIR, Catalogue, catalogue_root
from harness.errors import UsageError, WorkspaceError

TEMPLATES = PACKAGE_DIR / "templates" / "practice"
# template file -> where it goes in the new repo; the .gitignore is added only if there is none
FILES = {"README.md": "README.md", "drill.toml": "drill.toml", "drill.yml": ".github/workflows/drill.yml"}
GITIGNORE = ("gitignore", ".gitignore")
_REV_RE = re.compile(r"[A-Za-z0-9._/+][A-Za-z0-9._/+-]{0,99}")
_URL_RE = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:)[A-Za-z0-9._~:/?#@!&+,;=%-]+")


@dataclass(frozen=True)
class Source:
    """Where CI installs drill from: a git URL pinned to a revision, or an absolute path."""

    git_url: str | None = None
    rev: str | None = None
    path: str | None = None

    def describe(self) -> str:
        return f"{self.git_url} at {self.rev}" if self.git_url else f"{self.path}"


def parse_git(text: str) -> Source:
    """'URL@REV' -> Source; the revision (commit, tag) is required so every run grades alike."""
    url, sep, rev = text.rpartition("@")
    if not sep or not url or ":" in rev:  # in 'git@host:org/drill.git' the '@' is the URL's
        raise UsageError(f"--from-git {text!r}: pin a revision: URL@REV "
                         "(e.g. https://example.org/drill.git@v0.1.0 or ...@<commit>)")
    if not _URL_RE.fullmatch(url):
        raise UsageError(f"--from-git: {url!r} does not look like a git URL (https://..., ssh://..., git@host:path)")
    if not _REV_RE.fullmatch(rev):
        raise UsageError(f"--from-git: {rev!r} is not a revision name (letters, digits, . _ / + -)")
    return Source(git_url=url, rev=rev)


def parse_path(text: str) -> Source:
    path = Path(text)
    if not path.is_absolute() or any(c in text for c in "\n\r\"'`$\\"):
        raise UsageError(f"--from-path {text!r}: give an absolute path (as the CI machine sees it) "
                         "without quotes, '$', '`' or backslashes")
    return Source(path=text)


def resolve_source(from_git: str | None, from_path: str | None) -> Source:
    """Where CI installs drill from: --from-git, else --from-path, else this drill's own checkout."""
    if from_git and from_path:
        raise UsageError("give --from-git or --from-path, not both")
    if from_git:
        return parse_git(from_git)
    if from_path:
        return parse_path(from_path)
    return installed_source()


def installed_source() -> Source:
    """The installed drill's own checkout: its origin remote at its current commit."""
    root = catalogue_root()
    url = _git_output(root, "remote", "get-url", "origin")
    rev = _git_output(root, "rev-parse", "HEAD")
    if not url or rev is None:
        raise UsageError("cannot tell where CI should install drill from (this drill is not a clone with "
                         "an 'origin' remote)",
                         hint="pass --from-git URL@REV (a pinned revision) or --from-path /abs/path")
    return parse_git(f"{url}@{rev}")


def _git_output(root: Path, *args: str) -> str | None:
    """What a git command in `root` prints, stripped; None when git is missing, fails or hangs."""
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=30,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def init(path: Path, source: Source, problems: list[str] | None = None,
         catalogue: Catalogue | None = None) -> list[Path]:
    """Write the practice repo's files under `path` (created if needed); returns what was written."""
    catalogue = catalogue or Catalogue()
    if problems is None:
        loaded, _ = catalogue.load_all()
        problems = [p.slug for p in loaded]
    for slug in problems:
        if slug not in catalogue.slugs():
            raise UsageError(f"--problems: unknown problem '{slug}'", hint=catalogue.suggest(slug))
    if path.exists() and not path.is_dir():
        raise WorkspaceError(f"{path}: exists and is not a folder", hint="choose a folder for the practice repo")
    targets = {name: path / dest for name, dest in FILES.items()}
    existing = [str(t) for t in targets.values() if t.exists() or t.is_symlink()]
    if existing:
        raise WorkspaceError("drill init would overwrite " + ", ".join(existing),
                             hint="nothing was written; move those files away or pick another folder")
    values = _values(path, source, problems)
    written = []
    try:
        for name, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_new(target, _fill((TEMPLATES / name).read_text(encoding="utf-8"), values))
            written.append(target)
        gitignore = path / GITIGNORE[1]
        if not (gitignore.exists() or gitignore.is_symlink()):
            _write_new(gitignore, (TEMPLATES / GITIGNORE[0]).read_text(encoding="utf-8"))
            written.append(gitignore)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot write the practice repo ({exc.strerror}: {exc.filename})",
                             hint="files written so far: " + (", ".join(map(str, written)) or "none")) from None
    return written


def _write_new(path: Path, text: str) -> None:
    """Create the file; never replace one that appeared meanwhile."""
    with open(path, "x", encoding="utf-8") as fh:
        fh.write(text)


def _fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"@@{key}@@", value)
    leftover = re.search(r"@@[A-Z_]+@@", template)
    if leftover:
        raise RuntimeError(f"template placeholder {leftover.group()} has no value")
    return template


def _values(path: Path, source: Source, problems: list[str]) -> dict[str, str]:
    q = shlex.quote
    if source.git_url is not None and source.rev is not None:
        shell = [f"git clone --quiet {q(source.git_url)} ~/.drill-src",
                 f"git -C ~/.drill-src checkout --quiet {q(source.rev)}",
                 "python3 -m venv ~/.drill-venv",
                 "~/.drill-venv/bin/pip install --quiet -c ~/.drill-src/constraints.txt -e ~/.drill-src"]
        gitlab = [f"git clone --quiet {q(source.git_url)} /opt/drill-src",
                  f"git -C /opt/drill-src checkout --quiet {q(source.rev)}",
                  "python -m venv /opt/drill-venv",
                  "/opt/drill-venv/bin/pip install --quiet -c /opt/drill-src/constraints.txt -e /opt/drill-src"]
        env = [f"DRILL_GIT: {json.dumps(source.git_url)}", f"DRILL_REV: {json.dumps(source.rev)}"]
        step = ['git clone --quiet "$DRILL_GIT" "$RUNNER_TEMP/drill"',
                'git -C "$RUNNER_TEMP/drill" checkout --quiet "$DRILL_REV"',
                'python -m venv "$RUNNER_TEMP/drill-venv"',
                ('"$RUNNER_TEMP/drill-venv/bin/pip" install --quiet -c "$RUNNER_TEMP/drill/constraints.txt" '
                 '-e "$RUNNER_TEMP/drill"')]
    elif source.path is not None:
        src = q(source.path)
        shell = ["python3 -m venv ~/.drill-venv",
                 f"~/.drill-venv/bin/pip install --quiet -c {src}/constraints.txt -e {src}"]
        gitlab = ["python -m venv /opt/drill-venv",
                  f"/opt/drill-venv/bin/pip install --quiet -c {src}/constraints.txt -e {src}"]
        env = [f"DRILL_SRC: {json.dumps(source.path)}"]
        step = ['python -m venv "$RUNNER_TEMP/drill-venv"',
                '"$RUNNER_TEMP/drill-venv/bin/pip" install --quiet -c "$DRILL_SRC/constraints.txt" -e "$DRILL_SRC"']
    else:
        raise UsageError("CI needs a place to install drill from",
                         hint="pass --from-git URL@REV (a pinned revision) or --from-path /abs/path")
    shell.append("source ~/.drill-venv/bin/activate")
    gitlab.append("export PATH=/opt/drill-venv/bin:$PATH")
    listed = textwrap.fill(", ".join(json.dumps(p) for p in problems), width=90,
                           initial_indent="    ", subsequent_indent="    ") if problems else ""
    return {
        "TITLE": f"{path.resolve().name}: a drill practice repo",
        "SOURCE": source.describe(),
        "INSTALL_SHELL": "\n".join(shell),
        "INSTALL_GITLAB": "\n".join(f"    - {line}" for line in gitlab),
        "INSTALL_ENV": "\n".join(f"      {line}" for line in env),
        "INSTALL_STEP": "\n".join(f"          {line}" for line in step),
        "PROBLEMS": f"\n{listed},\n" if problems else "",
    }
