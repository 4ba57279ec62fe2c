"""Install anywhere: a wheel carries the catalogue, and an installed drill outside the checkout lists and grades."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.slow
def test_a_wheel_installed_outside_the_checkout_lists_and_grades(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRILL_", "PYTHON"))}
    env["HOME"] = str(tmp_path)
    # Built from a copy: the build puts the catalogue inside harness/ for a moment, which other
    # tests running beside this one (they walk harness/) must never see.
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for name in ("harness", "problems", "solutions", "scripts"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(ROOT / name, source / name)
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                  "-w", str(tmp_path / "dist"), str(source)], tmp_path, env)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("drill-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "harness/catalogue_data/problems/two_sum/tests/test_hidden.py" in names
    assert "harness/catalogue_data/solutions/two_sum/reference.py" in names
    assert not (source / "harness" / "catalogue_data").exists()  # the build's copy is gone from the source

    # A fresh environment outside the checkout. Its dependencies (torch among them) come from this
    # environment's site-packages through a path file, rather than a download of several GB.
    venv = tmp_path / "venv"
    assert _run([shutil.which("python3") or sys.executable, "-m", "venv", str(venv)], tmp_path, env).returncode == 0
    python = venv / "bin" / "python"
    purelib = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                   tmp_path, env).stdout.strip()
    Path(purelib, "drill_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], tmp_path, env)
    assert installed.returncode == 0, installed.stderr
    where = _run([str(python), "-c", "import harness; print(harness.__file__)"], tmp_path, env).stdout
    assert where.startswith(str(venv)), where

    drill = str(venv / "bin" / "drill")
    listed = _run([drill, "list", "--round", "coding"], tmp_path, env)
    assert listed.returncode == 0, listed.stderr
    assert "two_sum" in listed.stdout and "no problems folder" not in listed.stderr
    workspace = tmp_path / "ws"
    assert _run([drill, "-w", str(workspace), "start", "two_sum"], tmp_path, env).returncode == 0
    shutil.copyfile(ROOT / "solutions" / "two_sum" / "reference.py", workspace / "two_sum" / "solution.py")
    graded = _run([drill, "-w", str(workspace), "grade", "two_sum"], tmp_path, env)
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert "hidden tests: PASSED" in graded.stdout
