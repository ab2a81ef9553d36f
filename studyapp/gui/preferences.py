"""Appearance preferences (colours, text size, language), read before the window is shown (so the
first frame already has the right colours and language) from a small JSON file in the data folder; the database is not open yet then."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

FILE_NAME = "appearance.json"


@dataclass
class Appearance:
    theme: str = "system"  # system, light, dark
    text_pt: int = 11
    language: str = "system"  # system (the system's locale), or a code of translation.LANGUAGES


def load(folder: Path) -> Appearance:
    try:
        data = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        return Appearance(theme=str(data.get("theme", "system")), text_pt=int(data.get("text_pt", 11)),
                          language=str(data.get("language", "system")))
    except (OSError, ValueError, TypeError, AttributeError):
        return Appearance()


def save(folder: Path, appearance: Appearance) -> None:
    # Imported here: it brings sqlite3 and tempfile, which the first frame (load) does not need.
    from studyapp.core.atomic_file import write_text_atomically

    write_text_atomically(folder / FILE_NAME, json.dumps(asdict(appearance)))
