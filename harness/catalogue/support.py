"""What a problem's tests import besides harness.authoring: tests/support.py, shared modules, facts.

Runs in the grader process (and in `drill start` for the visible part). Every file delivered here
is test support that `drill start` also copies into the workspace beside the examples, so none of
it may hold hidden inputs; the hidden tests stay in test_hidden.py, which only the trusted test
process ever sees.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

SUPPORT_MODULE = "support.py"
# Support code several problems share: problems/_shared/<name>.py, named in problem.toml's
# `support = [...]`. Folders starting with "_" are not problems (Catalogue.slugs skips them).
SHARED_DIR = "_shared"
# The problem's [facts], read by harness.authoring.fact in the trusted test process.
FACTS_FILE = "problem_facts.json"


def shared_module_path(problems_dir: Path, name: str) -> Path:
    return problems_dir / SHARED_DIR / f"{name}.py"


def support_files(problem) -> list[Path]:
    """tests/support.py (when there is one) and the shared modules the problem names, in order."""
    files = [problem.tests_dir / SUPPORT_MODULE] if (problem.tests_dir / SUPPORT_MODULE).is_file() else []
    return files + [shared_module_path(problem.path.parent, name) for name in problem.support]


def install_support(problem, dest: Path, *, facts: bool = True) -> None:
    """Copy the problem's support modules into `dest` (the folder of its test files) and write
    its facts there: the trusted test process imports them from beside the test file."""
    for path in support_files(problem):
        shutil.copyfile(path, dest / path.name)
    if facts:
        (dest / FACTS_FILE).write_text(json.dumps(problem.facts), encoding="utf-8")
