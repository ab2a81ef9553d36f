"""Every module of the package imports in the environment the tests run in, which scripts/run-tests.sh
installs from the lock file exactly as the README installs it for users. An import that works only
with a package the lock does not hold (the lxml.html.clean split was one) fails here, not on a
user's machine."""

from __future__ import annotations

import importlib
import os
import pkgutil

import pytest

import studyapp

# Qt needs a platform plugin even to import some GUI modules' dependencies.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(studyapp.__path__, prefix="studyapp.")
    # Alembic loads its env and revision files from their folder inside a migration run.
    # (__main__ runs the command line when imported.)
    if ".migrations.versions." not in info.name and info.name != "studyapp.core.migrations.env" and not info.name.endswith("__main__")
)


def test_the_package_has_its_parts():
    assert {"studyapp.core.facade", "studyapp.gui.main_window", "studyapp.cli"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name):
    importlib.import_module(name)


def test_html_cleaner_is_installed():
    # trafilatura and the HTML reader need lxml's cleaner, a separate project since lxml 5.2.
    from lxml.html.clean import Cleaner  # noqa: F401


def test_a_built_wheel_holds_the_generators_data_files(tmp_path):
    """Word lists and patterns are read at run time: a wheel without them would fail on first import."""
    import subprocess
    import sys
    import zipfile
    from pathlib import Path

    import shutil

    root = Path(__file__).resolve().parents[2]
    # A copy of the sources, so that no build/ folder left by an earlier build lends its files.
    src = tmp_path / "src"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ("studyapp", "resources"):
        shutil.copytree(root / part, src / part, ignore=skip)
    for part in ("setup.py", "pyproject.toml", "README.md", "LICENSE"):
        if (root / part).exists():
            shutil.copy(root / part, src / part)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(src)], check=True, capture_output=True, timeout=300)
    wheel, = tmp_path.glob("studyapp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = root / "studyapp" / "core" / "generation" / "data"
    expected = {p.relative_to(root).as_posix() for p in data.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert expected and expected <= names, sorted(expected - names)
