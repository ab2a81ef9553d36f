"""Alembic environment: runs on the engine StudyApp passes in (``config.attributes["engine"]``)."""

from alembic import context
from sqlmodel import SQLModel

import studyapp.core.models  # noqa: F401  (registers the tables)
import studyapp.core.classroom.models  # noqa: F401  (the classroom tables, revision 0002)
import studyapp.core.stats.models  # noqa: F401  (the review slots, revision 0004)

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # the alembic command line: use sqlalchemy.url from its config
    from studyapp.core.db import create_db_engine

    engine = create_db_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,  # SQLite can only ALTER through table copies
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
