"""Opening the database: schema from Alembic, SQLite settings, data location overrides."""

import sqlite3
import sys

import pytest
from sqlalchemy import text

from studyapp.core.db import current_revision, head_revision
from studyapp.core.errors import DatabaseDamagedError, DatabaseError
from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE, data_dir, database_url


def test_new_database_is_created_by_alembic_at_head(studyapp, home):
    assert (home / DATABASE_FILE).exists()
    assert current_revision(studyapp.engine) == head_revision()
    with studyapp.engine.connect() as connection:
        tables = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert {"article", "fact", "question", "learner", "fact_state", "review_log", "tag", "setting"} <= tables


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_busy_timeout(studyapp):
    with studyapp.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_due_index_exists(studyapp):
    with studyapp.engine.connect() as connection:
        indexes = {row[1] for row in connection.execute(text("PRAGMA index_list('fact_state')"))}
    assert "ix_fact_state_learner_due" in indexes


def test_data_folder_comes_from_override_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYAPP_HOME", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert database_url(None, tmp_path) == f"sqlite:///{tmp_path / DATABASE_FILE}"
    monkeypatch.setenv("STUDYAPP_DATABASE_URL", "sqlite:////elsewhere/x.sqlite3")
    assert database_url(None, tmp_path) == "sqlite:////elsewhere/x.sqlite3"
    assert database_url("postgresql://teacher@school/quiz", tmp_path) == "postgresql://teacher@school/quiz"


def test_reopening_keeps_rows(home, clock):
    app = StudyApp.open(data_folder=home, clock=clock)
    app.learners.create("Ada")
    app.close()
    again = StudyApp.open(data_folder=home, clock=clock)
    assert [l.name for l in again.learners.list()] == ["Ada"]
    again.close()


def test_a_damaged_file_is_reported_and_left_untouched(tmp_path):
    path = tmp_path / DATABASE_FILE
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as raised:
        StudyApp.open(data_folder=tmp_path)
    assert "damaged" in str(raised.value) or "not a database" in str(raised.value)
    assert path.read_bytes() == before


def test_bad_database_url_gives_a_clear_message(tmp_path):
    with pytest.raises(DatabaseError, match="Not a database URL"):
        StudyApp.open(url="no such url", data_folder=tmp_path)


def test_an_old_revision_is_upgraded_after_a_copy_is_put_aside(tmp_path):
    from alembic import command

    from studyapp.core.db import alembic_config, create_db_engine

    url = f"sqlite:///{tmp_path / DATABASE_FILE}"
    engine = create_db_engine(url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO learner (name, created_at) VALUES ('Old', '2024-01-01 00:00:00')"))
    engine.dispose()
    app = StudyApp.open(data_folder=tmp_path)
    assert current_revision(app.engine) == head_revision()
    assert [l.name for l in app.learners.list()] == ["Old"]
    app.close()
    copies = list((tmp_path / "backups").glob("*.sqlite3"))
    if head_revision() == "0001":
        assert copies == []  # nothing to upgrade, nothing copied
    else:
        assert len(copies) == 1
        names = sqlite3.connect(copies[0]).execute("SELECT name FROM learner").fetchall()
        assert names == [("Old",)]


PG_URL = "postgresql://teacher@localhost/school"
MISSING_DRIVER = ("studyapp: PostgreSQL support is not installed (no module 'psycopg'); install it with: "
                  "pip install 'studyapp[postgres]'\n")


def test_postgresql_without_its_optional_driver_is_one_line_and_a_failing_exit(home, capsys, monkeypatch):
    from studyapp.cli import main

    monkeypatch.setitem(sys.modules, "psycopg", None)  # as in an install without the [postgres] extra
    code = main(["--database-url", PG_URL, "articles"])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert err == MISSING_DRIVER
