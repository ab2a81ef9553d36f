"""Every file the program writes appears whole or not at all, and the older file of that name is kept
when writing fails (issue 23, point 3): one helper (``studyapp.core.atomic_file``) used by every writer.

Each writer is run twice: with the disk made "full" inside the helper (fsync raising ENOSPC, which is
where a full disk shows when the data sat in the page cache), and on a real full tmpfs (root only).
"""

from __future__ import annotations

import errno
import json

import pytest
from safety_support import add_facts, fill_disk, full_tmpfs

from studyapp.core import atomic_file
from studyapp.core.errors import StudyAppError

OLD = b"the older file, which must survive\n"


def export_writer(fmt: str):
    return lambda app, out: app.exports.export(fmt, out, article_id=1) and out


def history_writer(app, out):
    learner = next((l for l in app.learners.list() if l.name == "Ada"), None) or app.learners.create("Ada")
    app.study.answer(learner.id, 1, "1800", 900)
    app.stats.export_history(learner.id, out, "csv")
    return out


def backup_writer(app, out):
    from datetime import datetime, timezone

    from studyapp.core.safety.backups import copy_database

    # A new backup never replaces an older one: it gets a name of its own beside it.
    return copy_database(app.data_folder / "studyapp.sqlite3", out.parent, "backup",
                         datetime(2026, 1, 1, tzinfo=timezone.utc))


WRITERS = {
    "apkg": ("deck.apkg", export_writer("apkg")),
    "moodle": ("quiz.xml", export_writer("moodle")),
    "gift": ("quiz.gift", export_writer("gift")),
    "csv": ("quiz.csv", export_writer("csv")),
    "history": ("history.csv", history_writer),
    "backup": ("studyapp-backup-20260101-000000.sqlite3", backup_writer),
}


def left_in(folder, *expected) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in {e.name for e in expected} | {"filler"})


@pytest.fixture
def library(studyapp):
    add_facts(studyapp, 5)
    return studyapp


@pytest.mark.parametrize("writer", WRITERS)
def test_a_failed_write_keeps_the_older_file_and_leaves_nothing(library, tmp_path, monkeypatch, writer):
    name, write = WRITERS[writer]
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / name
    out.write_bytes(OLD)

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file, "fsync", full)
    with pytest.raises(StudyAppError, match="the disk is full"):
        write(library, out)
    assert out.read_bytes() == OLD and left_in(folder, out) == []
    monkeypatch.undo()
    written = write(library, out)
    assert written.read_bytes() != OLD and written.stat().st_size > 0 and left_in(folder, out, written) == []


@pytest.mark.parametrize("writer", WRITERS)
def test_every_writer_on_a_real_full_disk_keeps_the_older_file(library, tmp_path, writer):
    name, write = WRITERS[writer]
    with full_tmpfs(tmp_path, "2m") as disk:
        out = disk / name
        out.write_bytes(OLD)
        filler = fill_disk(disk)
        with pytest.raises(StudyAppError, match="the disk is full"):
            write(library, out)
        assert out.read_bytes() == OLD and left_in(disk, out) == []
        filler.unlink()
        written = write(library, out)
        assert written.read_bytes() != OLD and left_in(disk, out, written) == []


def test_a_writer_that_hides_its_failure_is_caught_by_the_check(tmp_path):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(OLD)
    with pytest.raises(StudyAppError, match="incomplete"):
        atomic_file.write_atomically(out, lambda tmp: tmp.write_bytes(b"%PDF-1.4 cut short"),
                                     check=lambda tmp: None if tmp.read_bytes().endswith(b"%%EOF") else "no end")
    assert out.read_bytes() == OLD and sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_files_written_together_are_replaced_together_or_not_at_all(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(OLD)
    second.write_bytes(OLD)

    def fails(_tmp):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(StudyAppError, match="the disk is full"):
        atomic_file.write_all_atomically([(first, lambda tmp: tmp.write_text("new")), (second, fails)])
    assert first.read_bytes() == OLD and second.read_bytes() == OLD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
