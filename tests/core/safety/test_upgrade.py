"""A library made by the first schema revision, with real rows in every table, upgrades on open to
the newest revision with every row intact, after a copy of it was put aside."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command

from studyapp.core.db import alembic_config, create_db_engine, current_revision, head_revision
from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE

ROWS = {
    "article": [
        "INSERT INTO article VALUES (1, 'Panama Canal', 'file', 'canal.txt', '', '1914-08-15', "
        "'The canal opened in 1914. It links two oceans.', '" + "a" * 64 + "', 'en', '2025-01-05 10:00:00')",
        "INSERT INTO article VALUES (2, 'Marie Curie', 'sample', '', '', NULL, "
        "'Marie Curie won two Nobel prizes.', '" + "b" * 64 + "', 'en', '2025-01-06 11:00:00')",
    ],
    "tag": ["INSERT INTO tag VALUES (1, 'history')"],
    "article_tag": ["INSERT INTO article_tag VALUES (1, 1)"],
    "learner": ["INSERT INTO learner VALUES (1, 'Ada', '2025-01-05 09:00:00', '2025-02-01 08:00:00')",
                "INSERT INTO learner VALUES (2, 'Zoë', '2025-01-07 09:00:00', NULL)"],
    "setting": ["INSERT INTO setting VALUES (1, 1, 'study.new_per_day', '25')"],
    "fact": ["INSERT INTO fact VALUES (1, 1, 'year', 'opened', '1914', 0, 24)",
             "INSERT INTO fact VALUES (2, 2, 'number', 'prizes', 'two', 0, 33)"],
    "question": [
        "INSERT INTO question VALUES (1, 1, 1, 'short', 'year', 'When did the canal open?', '1914', '[]', "
        "'[\"1904\", \"1920\", \"1899\"]', 'The canal opened in 1914.', 0, 24, 0.9, 'active', 0, '{}', "
        "'2025-01-05 10:00:00', '2025-01-05 10:00:00')",
        "INSERT INTO question VALUES (2, 2, 2, 'cloze', 'number', 'Marie Curie won _____ Nobel prizes.', 'two', "
        "'[\"2\"]', '[\"three\"]', 'Marie Curie won two Nobel prizes.', 0, 33, 0.7, 'suspended', 1, "
        "'{\"note\": \"edited\"}', '2025-01-06 11:00:00', '2025-01-09 12:00:00')",
    ],
    "fact_state": ["INSERT INTO fact_state VALUES (1, 1, 2, NULL, 12.5, 4.2, '2025-02-10 08:00:00', "
                   "'2025-01-29 08:00:00', 3, 1)"],
    "review_log": [
        "INSERT INTO review_log VALUES (1, 1, 1, 1, '2025-01-20 08:00:00', '1914', 1, 3, 2400, 1, NULL, NULL)",
        "INSERT INTO review_log VALUES (2, 1, 1, 1, '2025-01-29 08:00:00', '1941', 0, 1, 5100, 1, NULL, "
        "'{\"state\": 2, \"step\": null, \"stability\": 8.25, \"difficulty\": 4.0, \"due\": \"2025-01-28T08:00:00+00:00\", "
        "\"last_review\": \"2025-01-20T08:00:00+00:00\", \"reps\": 2, \"lapses\": 0}')",
    ],
}
TABLES = list(ROWS)
COLUMNS_AT_0001: dict[str, list[str]] = {}  # filled by the fixture: later revisions may add columns


def dump(path, tables=TABLES) -> dict[str, list[tuple]]:
    """The rows of each table, in the columns the first revision had."""
    connection = sqlite3.connect(path)
    try:
        return {table: sorted(connection.execute(f"SELECT {', '.join(COLUMNS_AT_0001[table])} FROM {table}"))
                for table in tables}
    finally:
        connection.close()


@pytest.fixture
def library_at_0001(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    path = folder / DATABASE_FILE
    engine = create_db_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    assert current_revision(engine) == "0001"
    engine.dispose()
    connection = sqlite3.connect(path)
    for table, statements in ROWS.items():
        COLUMNS_AT_0001[table] = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        for statement in statements:
            connection.execute(statement)
    connection.commit()
    connection.close()
    return folder, dump(path)


def test_open_upgrades_a_first_revision_library_with_every_row_intact_after_a_copy(library_at_0001):
    folder, before = library_at_0001
    assert head_revision() != "0001" and all(before[table] for table in TABLES)
    app = StudyApp.open(data_folder=folder)
    try:
        assert current_revision(app.engine) == head_revision()
        assert dump(folder / DATABASE_FILE) == before
        # The upgraded library works through the facade as it did before.
        assert [l.name for l in app.learners.list()] == ["Ada", "Zoë"]
        assert sorted(a.title for a in app.articles.list()) == ["Marie Curie", "Panama Canal"]
        outcome = app.study.answer(1, 1, "1914", 2000)
        assert outcome.correct and outcome.review_id == 3
    finally:
        app.close()
    [aside] = (folder / "backups").glob("studyapp-before-upgrade-0001-*.sqlite3")
    assert dump(aside) == before
    connection = sqlite3.connect(aside)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()
    # Revision 0003 filled the stability a review started from out of its snapshot.
    connection = sqlite3.connect(folder / DATABASE_FILE)
    stabilities = dict(connection.execute("SELECT id, stability_before FROM review_log WHERE id <= 2"))
    connection.close()
    assert stabilities == {1: None, 2: 8.25}


def test_a_restored_first_revision_backup_is_upgraded_too(library_at_0001, tmp_path):
    folder, before = library_at_0001
    old_copy = tmp_path / "old.sqlite3"
    old_copy.write_bytes((folder / DATABASE_FILE).read_bytes())
    home = tmp_path / "other"
    app = StudyApp.open(data_folder=home)
    app.learners.create("Someone new")
    kept = app.backups.restore(old_copy)
    try:
        assert current_revision(app.engine) == head_revision()
        assert sorted(l.name for l in app.learners.list()) == ["Ada", "Zoë"]
        assert dump(home / DATABASE_FILE) == before
    finally:
        app.close()
    assert kept is not None and "Someone new" in {row[1] for row in dump(kept, ["learner"])["learner"]}
