"""Fixtures of the data-safety tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import SAMPLES


@pytest.fixture
def paragraph_folder(tmp_path) -> Path:
    """15 short articles: each paragraph of the bundled samples as a file of its own."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    count = 0
    for sample in sorted(SAMPLES.glob("*.txt")):
        for paragraph in sample.read_text(encoding="utf-8").split("\n\n"):
            if len(paragraph.split()) > 30:
                count += 1
                (folder / f"{count:02d}_{sample.stem}.txt").write_text(paragraph, encoding="utf-8")
    assert count >= 12
    return folder
