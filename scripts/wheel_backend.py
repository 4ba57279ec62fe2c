"""The build backend: setuptools, with the problem catalogue (problems/, solutions/) copied into the package for wheels and sdists."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403 (every hook not overridden below is setuptools')

ROOT = Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "harness" / "catalogue_data"  # where an installed drill looks (harness.catalogue.loader)
FOLDERS = ("problems", "solutions")


@contextmanager
def _catalogue_in_package():
    """Copy the catalogue into the package for the length of one build, so the wheel carries it as
    package data; an sdist being built into a wheel already has the copy and keeps it."""
    if PACKAGED.exists() or not all((ROOT / f).is_dir() for f in FOLDERS):
        yield
        return
    try:
        for folder in FOLDERS:
            shutil.copytree(ROOT / folder, PACKAGED / folder,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache"))
        yield
    finally:
        shutil.rmtree(PACKAGED, ignore_errors=True)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    with _catalogue_in_package():
        return build_meta.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_sdist(sdist_directory, config_settings=None):
    with _catalogue_in_package():
        return build_meta.build_sdist(sdist_directory, config_settings)
