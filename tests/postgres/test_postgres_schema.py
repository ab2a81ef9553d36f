"""The whole schema upgrades on PostgreSQL, and back down and up again."""

import pytest
from sqlalchemy import inspect

from studyapp.core.db import alembic_config, current_revision, head_revision
from studyapp.core.facade import StudyApp

pytestmark = pytest.mark.postgres


def test_schema_upgrades_to_head_and_down_again(pg_url, tmp_path):
    from alembic import command

    app = StudyApp.open(url=pg_url, data_folder=tmp_path)
    try:
        assert app.engine.dialect.name == "postgresql"
        assert current_revision(app.engine) == head_revision()
        tables = set(inspect(app.engine).get_table_names())
        assert {"question", "review_log", "quiz", "quiz_item", "class_session", "participant",
                "session_answer", "teacher_credential"} <= tables
        command.downgrade(alembic_config(app.engine), "0001")
        assert "session_answer" not in inspect(app.engine).get_table_names()
        command.upgrade(alembic_config(app.engine), "head")
        assert current_revision(app.engine) == head_revision()
    finally:
        app.close()
