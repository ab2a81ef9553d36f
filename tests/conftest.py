"""Shared fixtures. Every test owns its data: a fresh data folder and database in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# pytest-qt aborts without a display: every GUI test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("STUDYAPP_DATABASE_URL", None)

from support import START  # noqa: E402


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("STUDYAPP_HOME", str(folder))
    return folder


@pytest.fixture
def clock():
    from studyapp.core.clock import FixedClock

    return FixedClock(START)


@pytest.fixture
def studyapp(home, clock):
    from studyapp.core.facade import StudyApp

    app = StudyApp.open(data_folder=home, clock=clock)
    yield app
    app.close()


@pytest.fixture
def sample_app(studyapp):
    """A library holding the bundled sample articles."""
    from studyapp.core.samples import import_samples_once

    import_samples_once(studyapp)
    return studyapp


def pytest_collection_modifyitems(config, items) -> None:
    """Tests marked ``slow`` (building and installing the desktop package, many minutes) run when
    STUDYAPP_RUN_SLOW=1, as .ci/run sets it; a plain ``pytest`` skips them, saying how to run them."""
    if os.environ.get("STUDYAPP_RUN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set STUDYAPP_RUN_SLOW=1 to build and install the desktop package")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
