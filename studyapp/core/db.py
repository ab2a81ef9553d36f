"""Opening the database: engine, SQLite pragmas, and Alembic upgrades run on open.

The core writes no engine-specific SQL; SQLite-only settings live in the connect hook below.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlmodel import Session, create_engine

from studyapp.core.errors import DatabaseDamagedError, DatabaseError
from studyapp.core.paths import sqlite_path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 15_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed answer survives a power cut, not only a crash of the program.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_lock_for_update(conn, cursor, statement, parameters, context, executemany) -> None:
    """SQLite has no SELECT ... FOR UPDATE: take the write lock when such a read starts instead.

    pysqlite begins a transaction only at the first INSERT/UPDATE, so a read-modify-write (an answer
    updating its fact's schedule) would read outside any lock: two windows answering the same fact
    would both insert its first state (a UNIQUE error, the answer lost) or overwrite each other's.
    BEGIN IMMEDIATE waits (busy timeout) for the other writer and then reads its committed state.
    """
    compiled = getattr(context, "compiled", None)
    select = getattr(compiled, "statement", None)
    if getattr(select, "_for_update_arg", None) is None:
        return
    dbapi_connection = cursor.connection
    if not dbapi_connection.in_transaction:
        dbapi_connection.execute("BEGIN IMMEDIATE")


def create_db_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseError(f"Not a database URL: {url!r}. Example: postgresql://user@host/studyapp") from error
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            raise DatabaseError(f"The folder for the database does not exist: {path.parent}")
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "before_cursor_execute", _sqlite_lock_for_update)
        if path is None:  # in-memory: every connection must see the same database
            from sqlalchemy.pool import StaticPool

            engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
            event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False))
        try:
            return create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as error:  # the driver is an optional extra: most users never need it
            raise DatabaseError(f"PostgreSQL support is not installed (no module {error.name!r}); install it with: "
                                "pip install 'studyapp[postgres]'") from error
    return create_engine(url)


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only; percent-encoded, so that '#', '?' or '%' in a folder name
    are not taken for parts of the URI."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def quick_check(path: Path) -> str | None:
    """SQLite's quick integrity check; None when the file is sound, else what is wrong."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "unable to open" in str(error):  # permissions or a read-only folder: not damage
            raise storage_error("open the database", error, path.parent) from error
        return str(error)
    problems = [row[0] for row in rows if row[0] != "ok"]
    return "; ".join(problems[:3]) if problems else None


def storage_error(action: str, error: BaseException, folder: Path | None = None) -> DatabaseError:
    """A one-line message for a failed write: the disk is full, the folder is read-only, or else."""
    text = str(getattr(error, "orig", None) or error)
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    lowered = text.lower()
    where = f" ({folder})" if folder is not None else ""
    if "full" in lowered or getattr(error, "errno", None) == 28:
        return DatabaseError(f"Cannot {action}: the disk is full{where}. Nothing was half-written; "
                             "free some space and try again.")
    if "readonly" in lowered or "read-only" in lowered or isinstance(error, PermissionError) or \
            (folder is not None and not os.access(folder, os.W_OK)):
        return DatabaseError(f"Cannot {action}: the data folder{where} is read-only. Make it writable, or choose "
                             "another one with --data-dir or STUDYAPP_HOME.")
    return DatabaseError(f"Cannot {action}: {text}.")


def _is_storage_failure(error: OperationalError) -> bool:
    text = str(error.orig).lower()
    return "full" in text or "readonly" in text or "read-only" in text or "disk i/o" in text


def copy_aside(path: Path, folder: Path, label: str) -> Path:
    """Copy a SQLite database (consistently, with the online backup API) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    target = folder / f"studyapp-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(str(path))
    try:
        destination = sqlite3.connect(str(target))
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def open_database(url: str, backup_folder: Path | None = None) -> Engine:
    """Open ``url``, check a SQLite file, and upgrade the schema to the newest revision.

    Before an existing database is upgraded, a copy is put aside in ``backup_folder``.
    """
    from alembic import command

    path = sqlite_path(url)
    if path is not None and path.parent.exists() and not os.access(path.parent, os.W_OK):
        # SQLite would fail later with "unable to open database file", which reads like damage.
        raise storage_error("open the database", PermissionError(), path.parent)
    if path is not None and path.exists() and path.stat().st_size > 0:
        problem = quick_check(path)
        if problem:
            raise damaged_error(path, problem, backup_folder)
    engine = create_db_engine(url)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current != head:
            has_tables = bool(inspect(engine).get_table_names())
            if path is not None and has_tables and backup_folder is not None:
                copy_aside(path, backup_folder, f"before-upgrade-{current or 'unversioned'}")
            command.upgrade(alembic_config(engine), "head")
    except OperationalError as error:
        engine.dispose()
        raise DatabaseError(f"Cannot open the database: {error.orig}") from error
    except SADatabaseError as error:
        engine.dispose()
        raise DatabaseError(f"Cannot open the database: {error.orig}") from error
    return engine


def damaged_error(path: Path, problem: str, backup_folder: Path | None) -> DatabaseDamagedError:
    from studyapp.core.safety.backups import newest_sound_backup

    newest = newest_sound_backup(backup_folder) if backup_folder is not None else None
    if newest is None:
        offer = "No backup was found; the damaged file is kept as it is."
    else:
        offer = (f"The newest backup is {newest.path.name}: restore it with 'studyapp restore {newest.path}'. "
                 "The damaged file is kept as it is.")
    return DatabaseDamagedError(f"The database {path} is damaged ({problem}). {offer}", path=str(path),
                                newest_backup=str(newest.path) if newest else None)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back on any exception."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except OperationalError as error:
        session.rollback()
        if _is_storage_failure(error):  # the transaction was rolled back: nothing half-written
            raise storage_error("save", error) from error
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
