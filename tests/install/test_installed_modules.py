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
