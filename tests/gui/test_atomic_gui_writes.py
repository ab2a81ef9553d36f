"""The writers that need Qt, on a real full disk (issue 23, point 3): the PDF worksheet and its key
(Qt's PDF writer reports nothing when the disk fills: it left a 0-byte worksheet and a truncated key,
said it wrote both, and had destroyed the older files), and the appearance settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "safety"))
from safety_support import fill_disk, full_tmpfs  # noqa: E402

from studyapp.core.errors import StudyAppError  # noqa: E402
from studyapp.core.exchange.items import ExchangeItem, QuestionSet  # noqa: E402

OLD = b"%PDF-1.4 the older worksheet %%EOF"
BIG_SET = QuestionSet("Long quiz", [ExchangeItem(f"Question {i}: " + "a long prompt " * 30, f"Answer {i}",
                                                 (f"Wrong {i}a", f"Wrong {i}b")) for i in range(120)])


def test_worksheet_and_key_on_a_full_disk_keep_both_older_files(qapp, tmp_path):
    from studyapp.gui.worksheet_pdf import write_worksheets

    with full_tmpfs(tmp_path, "1m") as disk:
        sheet, key = disk / "quiz.pdf", disk / "quiz-key.pdf"
        sheet.write_bytes(OLD)
        key.write_bytes(OLD + b"key")
        filler = fill_disk(disk)
        filler.unlink()
        # Room for the worksheet but not for both: the failure comes at the key.
        fill_disk_but(disk, 40_000)
        with pytest.raises(StudyAppError, match="the disk is full"):
            write_worksheets(BIG_SET, str(sheet), str(key))
        assert sheet.read_bytes() == OLD and key.read_bytes() == OLD + b"key"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "quiz-key.pdf", "quiz.pdf"]
        (disk / "filler").unlink()
        report = write_worksheets(BIG_SET, str(sheet), str(key))
        assert report.extra_paths == [str(key)]
        assert sheet.read_bytes().rstrip().endswith(b"%%EOF") and key.read_bytes().startswith(b"%PDF-")


def fill_disk_but(disk: Path, room: int) -> None:
    """Fill the disk, then give back ``room`` bytes."""
    filler = fill_disk(disk)
    size = filler.stat().st_size
    with open(filler, "r+b") as handle:
        handle.truncate(max(0, size - room))


def test_appearance_settings_on_a_full_disk_keep_the_older_file(tmp_path):
    from studyapp.gui import preferences

    with full_tmpfs(tmp_path, "1m") as disk:
        preferences.save(disk, preferences.Appearance(theme="dark", text_pt=14))
        fill_disk(disk)
        with pytest.raises(StudyAppError, match="the disk is full"):
            preferences.save(disk, preferences.Appearance(theme="light", text_pt=20))
        assert preferences.load(disk) == preferences.Appearance(theme="dark", text_pt=14)
        assert sorted(p.name for p in disk.iterdir()) == ["appearance.json", "filler"]
