"""The same figures on PostgreSQL as on SQLite (the day arithmetic and the epoch seconds differ by
dialect). Skipped when no server is reachable (see tests/postgres/conftest.py for the setup)."""

import os
import secrets

import pytest

from stats_history import build_history
from studyapp.core.clock import FixedClock
from support import START

pytestmark = pytest.mark.postgres
SERVER = os.environ.get("STUDYAPP_TEST_PG_URL") or "postgresql://studyapp_test:studyapp_test@localhost/postgres"


@pytest.fixture
def pg_app(tmp_path):
    psycopg = pytest.importorskip("psycopg")
    from sqlalchemy.engine import make_url

    from studyapp.core.facade import StudyApp

    server = make_url(SERVER)
    try:
        admin = psycopg.connect(server.set(drivername="postgresql").render_as_string(hide_password=False),
                                autocommit=True, connect_timeout=5)
    except psycopg.Error as error:
        pytest.skip(f"no PostgreSQL server reachable: {str(error).strip()}")
    name = f"studyapp_stats_{os.getpid()}_{secrets.token_hex(4)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        app = StudyApp.open(url=server.set(database=name).render_as_string(hide_password=False),
                            data_folder=tmp_path / "pg-home", clock=FixedClock(START))
        try:
            yield app
        finally:
            app.close()
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_postgres_gives_the_same_report_as_sqlite(pg_app, history, tmp_path):
    on_pg = build_history(pg_app)
    expected = history.app.stats.report(history.ann).as_json()
    assert pg_app.stats.report(on_pg.ann).as_json() == expected
    assert expected["reviews_total"] == 8 and expected["due_today"] == 3
    out = tmp_path / "pg.csv"
    assert pg_app.stats.export_history(on_pg.ann, out) == 8


def test_postgres_triggers_keep_the_review_slots_exact(pg_app):
    from stats_history import assert_exact, stored_slots

    history = build_history(pg_app)
    assert sum(s[0] for s in assert_exact(pg_app).values()) == 13  # Ann's 8 reviews and Bob's 5
    pg_app.study.answer(history.ann, history.questions["B"], "answer B", 70_000)
    pg_app.study.answer(history.ann, history.questions["C"], "wrong", 1000, counted=False)
    assert_exact(pg_app)
    pg_app.study.undo_last(history.ann)
    assert_exact(pg_app)
    pg_app.learners.delete(history.bob)
    pg_app.articles.delete(history.articles["Alpha"])
    assert assert_exact(pg_app) == {} == stored_slots(pg_app)


def test_postgres_upgrade_fills_the_review_slots_from_the_log(pg_app):
    from alembic import command

    from stats_history import assert_exact, stored_slots
    from studyapp.core.db import alembic_config

    build_history(pg_app)
    before = assert_exact(pg_app)
    command.downgrade(alembic_config(pg_app.engine), "0003")  # no slots, no triggers
    command.upgrade(alembic_config(pg_app.engine), "head")
    assert stored_slots(pg_app) == before and len(before) == 13  # each of the 13 reviews in its own slot
