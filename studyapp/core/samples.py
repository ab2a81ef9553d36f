"""The sample articles bundled in resources/samples, imported on the very first start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.paths import resources_dir

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp
    from studyapp.core.importing.pipeline import ImportResult

SAMPLES_DONE_KEY = "samples_imported"


def sample_files() -> list[Path]:
    return sorted((resources_dir() / "samples").glob("*.txt"))


def import_samples_once(app: "StudyApp") -> list["ImportResult"]:
    """On the first start with an empty library, import the samples. Never again afterwards, so
    that a user who deletes them is not given them back."""
    if app.settings.get(SAMPLES_DONE_KEY, False) or app.articles.count() > 0:
        return []
    results = [
        app.importer.import_text(path.read_text(encoding="utf-8"), source="sample")
        for path in sample_files()
    ]
    app.settings.set(SAMPLES_DONE_KEY, True)
    return results
