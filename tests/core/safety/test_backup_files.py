"""Backups: a consistent copy with the online backup API, 7 daily + 4 weekly kept, restore that keeps
what it replaces, integrity checks, and the three commands."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from safety_support import damage

from studyapp.cli import main
from studyapp.core.errors import DatabaseDamagedError, DatabaseError, InvalidInput
from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE


def learner_names(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM learner ORDER BY name")]
    finally:
        connection.close()


def test_backup_is_a_sound_self_contained_copy_of_every_row(studyapp, home):
    studyapp.learners.create("Ada")
    studyapp.learners.create("Grace")
    made = studyapp.backups.backup_now()
    assert made.path.parent == home / "backups" and made.label == "backup"
    assert made.created == studyapp.clock.now().replace(microsecond=0)
    assert learner_names(made.path) == ["Ada", "Grace"]
    assert not made.path.with_name(made.path.name + "-wal").exists()
    assert studyapp.backups.check().ok
    assert [b.path for b in studyapp.backups.list_backups()] == [made.path]
    assert not list((home / "backups").glob("*.partial"))


def test_backup_sees_committed_rows_only_while_another_writer_is_mid_transaction(studyapp, home):
    studyapp.learners.create("Ada")
    writer = sqlite3.connect(home / DATABASE_FILE)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO learner (name, created_at) VALUES ('Uncommitted', '2026-03-02 09:00:00')")
    try:
        made = studyapp.backups.backup_now()
    finally:
        writer.rollback()
        writer.close()
    assert learner_names(made.path) == ["Ada"]


def test_rotation_keeps_the_newest_copy_of_7_days_and_4_weeks(studyapp, clock):
    start = clock.now()
    for day in range(60):  # two months of use, three backups a day
        for hour in (0, 3, 6):
            clock.set(start + timedelta(days=day, hours=hour))
            studyapp.backups.backup_now()
    kept = [b.created.strftime("%a %d %b %H:%M") for b in studyapp.backups.list_backups()]
    # 2 March to 30 April, at 9:00, 12:00 and 15:00: the last copy of each of the last 7 days (ISO
    # weeks 17 and 18), then the last copy of weeks 16 and 15 (their Sundays).
    assert kept == ["Thu 30 Apr 15:00", "Wed 29 Apr 15:00", "Tue 28 Apr 15:00", "Mon 27 Apr 15:00",
                    "Sun 26 Apr 15:00", "Sat 25 Apr 15:00", "Fri 24 Apr 15:00",
                    "Sun 19 Apr 15:00", "Sun 12 Apr 15:00"]


def test_copies_made_before_an_upgrade_or_restore_are_never_rotated_away(studyapp, clock, home):
    aside = home / "backups" / "studyapp-before-upgrade-0001-20200101-000000.sqlite3"
    first = studyapp.backups.backup_now()
    aside.write_bytes(first.path.read_bytes())
    for _ in range(40):
        clock.advance(days=1)
        studyapp.backups.backup_now()
    assert aside.exists() and not first.path.exists()


def test_restore_backs_up_what_it_replaces_and_reopens_the_library(studyapp, clock, home):
    studyapp.learners.create("Ada")
    made = studyapp.backups.backup_now()
    studyapp.learners.create("Grace")
    clock.advance(minutes=5)
    kept = studyapp.backups.restore(made.path)
    assert [l.name for l in studyapp.learners.list()] == ["Ada"]
    assert kept is not None and "before-restore" in kept.name
    assert learner_names(kept) == ["Ada", "Grace"]
    assert made.path.exists()  # the backup itself is not used up


def test_restore_refuses_a_file_that_is_not_a_studyapp_library_and_changes_nothing(studyapp, tmp_path, home):
    studyapp.learners.create("Ada")
    before = (home / DATABASE_FILE).stat().st_mtime_ns
    other = tmp_path / "notes.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (x)")
    connection.commit()
    connection.close()
    text = tmp_path / "photo.sqlite3"
    text.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 100)
    with pytest.raises(InvalidInput, match="not a StudyApp library"):
        studyapp.backups.restore(other)
    with pytest.raises(InvalidInput, match="not a usable StudyApp backup"):
        studyapp.backups.restore(text)
    assert [l.name for l in studyapp.learners.list()] == ["Ada"]
    assert (home / DATABASE_FILE).stat().st_mtime_ns == before
    assert not list((home / "backups").glob("*before-restore*"))


def test_restore_refuses_a_backup_from_a_newer_schema(studyapp, home):
    made = studyapp.backups.backup_now()
    connection = sqlite3.connect(made.path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(InvalidInput, match="newer StudyApp"):
        studyapp.backups.restore(made.path)


def test_damaged_library_names_the_newest_sound_backup_and_is_never_touched(home, clock):
    app = StudyApp.open(data_folder=home, clock=clock)
    app.learners.create("Ada")
    good = app.backups.backup_now()
    clock.advance(days=1)
    broken_backup = app.backups.backup_now()
    app.close()
    damage(broken_backup.path)  # the newest copy is damaged too: the one before it is offered
    path = home / DATABASE_FILE
    damaged = damage(path)
    with pytest.raises(DatabaseDamagedError) as raised:
        StudyApp.open(data_folder=home, clock=clock)
    assert raised.value.newest_backup == str(good.path)
    assert str(good.path) in str(raised.value) and "kept as it is" in str(raised.value)
    assert path.read_bytes() == damaged


def test_cli_check_backup_and_restore_of_a_damaged_library(home, capsys):
    assert main(["backup"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Backed up to ") and "backups" in out
    assert main(["check"]) == 0
    assert "no damage found" in capsys.readouterr()[0]
    path = home / DATABASE_FILE
    damaged = damage(path)

    assert main(["check"]) == 3
    out, err = capsys.readouterr()
    assert "is damaged" in err and "studyapp restore" in err and "Traceback" not in err
    assert main(["articles"]) == 3
    assert "is damaged" in capsys.readouterr()[1]

    [backup] = (home / "backups").glob("studyapp-backup-*.sqlite3")
    assert main(["restore", str(backup)]) == 0
    out, _ = capsys.readouterr()
    assert "Restored" in out and "kept as" in out
    [aside] = (home / "backups").glob("studyapp-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged  # moved aside unchanged, never modified or deleted
    assert main(["check"]) == 0
    assert main(["backup", "--list"]) == 0
    assert "damaged" in capsys.readouterr()[0]


def test_cli_on_a_database_server_points_to_its_own_tools(home, capsys):
    for command in (["backup"], ["check"], ["restore", "x.sqlite3"]):
        assert main(["--database-url", "postgresql://teacher@school/quiz", *command]) != 0
        err = capsys.readouterr()[1]
        assert "pg_dump" in err and "Traceback" not in err


def test_backup_manager_on_a_server_url_is_a_clear_error(studyapp, monkeypatch):
    monkeypatch.setattr(type(studyapp), "is_sqlite", property(lambda self: False))
    with pytest.raises(DatabaseError, match="pg_dump"):
        studyapp.backups.backup_now()


def test_a_data_folder_name_with_uri_characters_works(tmp_path, clock):
    home = tmp_path / "Ada's #1 library? 100%"
    app = StudyApp.open(data_folder=home, clock=clock)
    app.learners.create("Ada")
    made = app.backups.backup_now()
    assert app.backups.check().ok and learner_names(made.path) == ["Ada"]
    app.learners.create("Grace")
    app.backups.restore(made.path)
    assert [l.name for l in app.learners.list()] == ["Ada"]
    app.close()
    StudyApp.open(data_folder=home, clock=clock).close()  # the quick check on open reads it too
