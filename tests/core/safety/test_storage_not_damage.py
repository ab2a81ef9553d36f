"""A full disk, a missing permission and a locked file are not damage (issue 23, point 1), and a
library from a newer StudyApp is refused before anything is written (point 2).

Before: a sound library on a full disk was "damaged (disk I/O error)" everywhere; following the advice
moved it aside, the restore failed for lack of space and left a 0-byte library, and the newer work
survived only in the file called damaged, which "Restore newest backup" skipped.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pytest
from safety_support import add_facts, damage, fill_disk, full_tmpfs

from studyapp.cli import main
from studyapp.core import db
from studyapp.core.errors import DatabaseError, DatabaseLockedError, DiskFullError
from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE
from studyapp.core.safety.backups import (copy_database, list_backups, newest_sound_backup, restore_file, rotate)


def count(path, table: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def files(folder) -> dict[str, bytes]:
    """Every file's bytes, leaving out SQLite's own shared-memory index and an empty log, which
    opening a WAL library read-only may create."""
    found = {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.name.endswith("-shm")}
    return {name: data for name, data in found.items() if data or not name.endswith("-wal")}


def test_a_full_disk_at_start_is_said_plainly_and_restoring_changes_nothing(tmp_path, capsys):
    with full_tmpfs(tmp_path) as disk:
        home = disk / "home"
        app = StudyApp.open(data_folder=home)
        add_facts(app, 5)
        backup = app.backups.backup_now().path
        app.learners.create("Newer work")  # only in the library, not in the backup
        app.close()
        path = home / DATABASE_FILE
        filler = fill_disk(disk)
        before = files(home)

        with pytest.raises(DiskFullError) as raised:
            StudyApp.open(data_folder=home)
        assert "the disk is full" in str(raised.value) and "damaged" not in str(raised.value)
        assert main(["--data-dir", str(home), "check"]) == 1
        assert main(["--data-dir", str(home), "articles"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 2 and all("the disk is full" in line and "damaged" not in line for line in err)
        with pytest.raises(DiskFullError):
            restore_file(backup, path, home / "backups", datetime.now(timezone.utc))
        assert main(["--data-dir", str(home), "restore", str(backup)]) == 1
        assert files(home) == before  # nothing moved aside, nothing half-written

        filler.unlink()
        again = StudyApp.open(data_folder=home)
        assert [learner.name for learner in again.learners.list()] == ["Newer work"]
        again.close()


def test_restoring_over_a_damaged_library_on_a_full_disk_keeps_it_in_place(tmp_path):
    with full_tmpfs(tmp_path, "4m") as disk:
        home = disk / "home"
        app = StudyApp.open(data_folder=home)
        add_facts(app, 20)
        backup = app.backups.backup_now().path
        app.close()
        path = home / DATABASE_FILE
        damaged_bytes = damage(path)
        filler = fill_disk(disk)
        with pytest.raises(DiskFullError):
            restore_file(backup, path, home / "backups", datetime.now(timezone.utc))
        assert path.read_bytes() == damaged_bytes
        assert [p.name for p in home.iterdir() if p.name.startswith(".")] == []  # no staged copy left
        assert [b.label for b in list_backups(home / "backups")] == ["backup"]
        filler.unlink()
        kept = restore_file(backup, path, home / "backups", datetime.now(timezone.utc))
        assert kept.read_bytes() == damaged_bytes and count(path, "fact") == 20


def test_a_locked_library_is_said_to_be_locked_not_damaged(home, monkeypatch):
    StudyApp.open(data_folder=home).close()
    holder = sqlite3.connect(home / DATABASE_FILE)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    try:
        with pytest.raises(DatabaseLockedError, match="another program kept the library locked"):
            StudyApp.open(data_folder=home)
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.parametrize("code, expected", [
    (13, "the disk is full"),  # SQLITE_FULL
    (8, "read-only"), (14, "read-only"), (3, "read-only"),  # READONLY, CANTOPEN, PERM
    (5, "locked"), (6, "locked"),  # BUSY, LOCKED
    (4874, "read or write error"),  # SQLITE_IOERR_SHMSIZE with room on the disk
])
def test_every_storage_result_code_gets_its_own_reason_and_damage_codes_none(tmp_path, code, expected):
    error = sqlite3.OperationalError("x")
    error.sqlite_errorcode, error.sqlite_errorname = code, "SQLITE_X"
    assert expected in str(db.storage_problem("open the database", error, tmp_path))
    for damage_code in (11, 26):  # CORRUPT, NOTADB
        error.sqlite_errorcode = damage_code
        assert db.storage_problem("open the database", error, tmp_path) is None


def test_restore_newest_takes_a_sound_library_set_aside_as_damaged_and_says_so(studyapp, home, clock):
    studyapp.learners.create("Ada")
    studyapp.backups.backup_now()
    clock.set(clock.now() + timedelta(hours=2))
    studyapp.learners.create("Grace")
    # A sound library once set aside by mistake (the full-disk bug): it holds the newest work.
    aside = copy_database(home / DATABASE_FILE, home / "backups", "damaged", clock.now())
    clock.set(clock.now() + timedelta(hours=1))
    studyapp.learners.create("Lost")
    path = home / DATABASE_FILE
    studyapp.close()
    damage(path)
    assert newest_sound_backup(home / "backups").path == aside
    assert main(["--data-dir", str(home), "restore", "--newest"]) == 0
    app = StudyApp.open(data_folder=home)
    assert sorted(learner.name for learner in app.learners.list()) == ["Ada", "Grace"]
    app.close()


def test_restore_newest_prints_which_copy_it_took(studyapp, home, capsys):
    studyapp.learners.create("Ada")
    made = studyapp.backups.backup_now()
    studyapp.close()
    assert main(["--data-dir", str(home), "restore", "--newest"]) == 0
    assert f"Restored {made.path.name} (backup, made {made.created:%Y-%m-%d %H:%M} UTC)" in capsys.readouterr().out


def _set_revision(path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_a_library_from_a_newer_version_is_one_line_and_nothing_is_written(home, capsys):
    StudyApp.open(data_folder=home).close()
    path = home / DATABASE_FILE
    _set_revision(path, "0099_future")
    before = files(home)
    from studyapp import __version__

    expected = f"This library was made by a newer StudyApp (revision 0099_future); this is version {__version__}."
    for _ in range(4):
        with pytest.raises(DatabaseError) as raised:
            StudyApp.open(data_folder=home)
        assert str(raised.value).startswith(expected)
        assert main(["--data-dir", str(home), "articles"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and all(line.startswith("studyapp: " + expected) for line in err)
    assert files(home) == before and not list_backups(home / "backups")


def test_copies_before_upgrades_are_rotated_like_backups(home):
    StudyApp.open(data_folder=home).close()
    folder = home / "backups"
    start = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    for day in range(20):
        for hour in (0, 1):
            copy_database(home / DATABASE_FILE, folder, f"before-upgrade-000{1 + hour}", start + timedelta(days=day, hours=hour))
    rotate(folder)
    kept = [b for b in list_backups(folder) if b.label.startswith("before-upgrade")]
    # the newest of each of the last 7 days and of 4 weeks, as for backups: 7 days + 2 older weeks
    assert len(kept) == 9 and all(b.label == "before-upgrade-0002" for b in kept)
    assert kept[0].created == start + timedelta(days=19, hours=1)


def test_a_killed_backup_leaves_partials_that_the_next_backup_removes(studyapp, home):
    folder = home / "backups"
    first = studyapp.backups.backup_now()
    stale = folder / "studyapp-backup-20260101-000000.sqlite3.partial"
    stale.write_bytes(first.path.read_bytes())
    journal = stale.with_name(stale.name + "-journal")
    journal.write_bytes(b"j")
    old = time.time() - 3600
    for path in (stale, journal):
        os.utime(path, (old, old))
    running = folder / "studyapp-backup-20260101-000001.sqlite3.partial"  # another window's, being written
    running.write_bytes(b"x")
    studyapp.backups.backup_now()
    assert not stale.exists() and not journal.exists()
    assert running.exists()


KILLED_BACKUP_CHILD = """
import sys
from studyapp.core.facade import StudyApp
app = StudyApp.open(data_folder=sys.argv[1])
print("started", flush=True)
app.backups.backup_now()
"""


def test_a_backup_killed_for_real_leaves_a_partial_that_a_later_backup_removes(home):
    import signal
    import subprocess
    import sys

    app = StudyApp.open(data_folder=home)
    with app.session() as session:  # about 60 MB, so that the copy takes long enough to be caught
        session.connection().exec_driver_sql("CREATE TABLE IF NOT EXISTS ballast (x TEXT)")
        session.connection().exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
            "INSERT INTO ballast SELECT hex(randomblob(3000)) FROM n")
    app.close()
    folder = home / "backups"
    child = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP_CHILD, str(home)], stdout=subprocess.PIPE, text=True)
    child.stdout.readline()
    deadline = time.monotonic() + 60
    while not list(folder.glob(".studyapp-*.partial")) and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.002)
    child.send_signal(signal.SIGKILL)
    child.wait()
    left = list(folder.glob(".studyapp-*.partial*"))
    if not left:
        pytest.skip("the backup finished before it could be killed (a very fast disk)")
    assert left[0].stat().st_size > 0 and not [b for b in list_backups(folder)]
    old = time.time() - 3600  # as if the kill was an hour ago
    for path in left:
        os.utime(path, (old, old))
    app = StudyApp.open(data_folder=home)
    app.backups.backup_now()
    app.close()
    assert not list(folder.glob("*.partial*")) and len(list_backups(folder)) == 1
