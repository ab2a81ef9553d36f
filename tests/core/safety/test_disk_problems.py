"""A full disk and a read-only data folder: a clear one-line message, nothing half-written, and the
library works again once there is room.

A real full disk needs a small filesystem: a tmpfs mounted for the test when running as root (as in
CI). The portable variant makes the database itself "full" with SQLite's max_page_count.
"""

from __future__ import annotations

import os
import sqlite3

import pytest
from safety_support import add_facts, fill_disk, mounted, read_only
from sqlalchemy import event

from studyapp.cli import main
from studyapp.core.errors import DatabaseError
from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE
from studyapp.core.safety.backups import check_file


def count(path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def test_database_full_refuses_the_answer_clearly_and_keeps_every_earlier_one(home):
    app = StudyApp.open(data_folder=home)
    add_facts(app, 20)
    learner = app.learners.create("Ada").id
    app.engine.dispose()
    limit = count(home / DATABASE_FILE, "pragma_page_count") + 2

    @event.listens_for(app.engine, "connect")
    def tiny(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={limit}")

    recorded, error, last = 0, None, None
    for _ in range(5000):
        card = app.study.next_card(learner, practice=True, article_id=1, avoid_fact_id=last)
        try:
            app.study.answer(learner, card.question_id, "a long answer " * 60, 1000, form="typed")
        except DatabaseError as raised:
            error = raised
            break
        recorded, last = recorded + 1, card.fact_id
    app.close()
    assert error is not None and recorded > 0
    assert str(error).startswith("Cannot save: the disk is full.") and "Nothing was half-written" in str(error)
    path = home / DATABASE_FILE
    assert count(path, "review_log") == recorded
    assert check_file(path).ok
    again = StudyApp.open(data_folder=home)  # with room again, studying goes on
    assert again.study.answer(learner, 1, "1800", 900).review_id == recorded + 1
    again.close()


def test_full_disk_import_and_backup_fail_clearly_and_write_nothing(tmp_path, paragraph_folder):
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted(disk, "-t", "tmpfs", "-o", "size=3m", "tmpfs"):
        home = disk / "home"
        app = StudyApp.open(data_folder=home)
        add_facts(app, 5)
        app.backups.backup_now()
        filler = fill_disk(disk)
        path = home / DATABASE_FILE
        articles_before, backups_before = count(path, "article"), app.backups.list_backups()

        results = app.importer.import_inputs([str(paragraph_folder)])
        assert {r.status for r in results} == {"error"}
        assert "the disk is full" in results[0].message
        assert count(path, "article") == articles_before and count(path, "question") == 15

        with pytest.raises(DatabaseError, match="Cannot make a backup: the disk is full"):
            app.backups.backup_now()
        assert app.backups.list_backups() == backups_before
        assert not list((home / "backups").glob("*.partial*"))
        assert check_file(path).ok

        filler.unlink()
        assert app.importer.import_inputs([str(paragraph_folder / "01_01_japan_korea.txt")])[0].status == "imported"
        app.close()


def test_read_only_data_folder_is_a_clear_message_not_damage(tmp_path, capsys):
    home = tmp_path / "home"
    app = StudyApp.open(data_folder=home)
    app.learners.create("Ada")
    app.close()
    before = {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()}
    try:
        with read_only(home):
            with pytest.raises(DatabaseError) as raised:
                StudyApp.open(data_folder=home)
            assert "read-only" in str(raised.value) and "damaged" not in str(raised.value)
            assert main(["--data-dir", str(home), "articles"]) == 1
            err = capsys.readouterr()[1]
            assert "is read-only" in err and "Traceback" not in err
    finally:
        home.chmod(0o755)
    assert {p.name: p.read_bytes() for p in home.iterdir() if p.is_file()} == before
