"""Opening the database: engine, SQLite pragmas, and Alembic upgrades run on open.

The core writes no engine-specific SQL; SQLite-only settings live in the connect hook below.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlmodel import Session, create_engine

from studyapp.core.errors import (DatabaseDamagedError, DatabaseError, DatabaseLockedError, DiskFullError,
                                  StoragePermissionError)
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


SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    """Whether the file starts as every SQLite database does (another program's file does not)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as error:
        raise storage_error("open the database", error, path.parent) from error


def quick_check(path: Path) -> str | None:
    """SQLite's quick integrity check; None when the file is sound, else what is wrong.

    A file that cannot be read for another reason (full disk, missing permission, locked, a failing
    disk) raises that reason as a ``DatabaseError``: it is not damage, and calling it damage sends
    the user to restore an older copy over a sound library."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        problem = storage_problem("open the database", error, path.parent)
        if problem is not None:
            raise problem from error
        return str(error)
    problems = [row[0] for row in rows if row[0] != "ok"]
    return "; ".join(problems[:3]) if problems else None


# SQLite's primary result codes (the low byte of an extended code) that say why a file cannot be
# used without saying anything about its contents.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_AUTH = 13, 14, 23
# Below this much free space an I/O error is the disk being full: SQLite reports a full disk while
# it makes its shared-memory file as SQLITE_IOERR_SHMSIZE, not SQLITE_FULL.
NEARLY_FULL_BYTES = 1024 * 1024


def _free_bytes(folder: Path | None) -> int | None:
    try:
        return shutil.disk_usage(folder).free if folder is not None else None
    except OSError:
        return None


def storage_problem(action: str, error: BaseException, folder: Path | None = None) -> DatabaseError | None:
    """The one-line reason when ``error`` (sqlite3, SQLAlchemy or OSError) is a full disk, a missing
    permission, a locked file or an I/O failure; None when it may be damage (or anything else)."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    errno_ = getattr(original, "errno", None)
    where = f" ({folder})" if folder is not None else ""
    primary = code & 0xFF if code is not None else None
    if primary == SQLITE_FULL or errno_ in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"Cannot {action}: the disk is full{where}. Nothing was half-written; "
                             "free some space and try again.")
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH, SQLITE_CANTOPEN) or \
            errno_ in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(original, PermissionError):
        return StoragePermissionError(
            f"Cannot {action}: the data folder{where} or the library in it is read-only or not yours. Make it "
            "writable, or choose another one with --data-dir or STUDYAPP_HOME.")
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLockedError(
            f"Cannot {action}: another program kept the library locked for {BUSY_TIMEOUT_MS // 1000} s. "
            "Close the other StudyApp window (or the program using the file) and try again.")
    if primary == SQLITE_IOERR or (isinstance(original, OSError) and errno_ in (errno.EIO, None)):
        free = _free_bytes(folder)
        if free is not None and free < NEARLY_FULL_BYTES:
            return DiskFullError(f"Cannot {action}: the disk is full{where}. Nothing was half-written; "
                                 "free some space and try again.")
        name = getattr(original, "sqlite_errorname", None) or getattr(original, "strerror", None) or "I/O error"
        return DatabaseError(f"Cannot {action}: the disk reported a read or write error ({name}){where}. The "
                             "file was left as it is; check the disk and try again.")
    return None


def storage_error(action: str, error: BaseException, folder: Path | None = None) -> DatabaseError:
    """A one-line message for a failed write: the disk is full, the folder is read-only, or else."""
    problem = storage_problem(action, error, folder)
    if problem is not None:
        return problem
    text = str(getattr(error, "orig", None) or error)
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    lowered = text.lower()
    if "full" in lowered:
        return storage_problem(action, OSError(errno.ENOSPC, "full"), folder)
    if "readonly" in lowered or "read-only" in lowered or isinstance(error, PermissionError) or \
            (folder is not None and not os.access(folder, os.W_OK)):
        return storage_problem(action, OSError(errno.EACCES, "read-only"), folder)
    return DatabaseError(f"Cannot {action}: {text}.")


def _is_storage_failure(error: OperationalError) -> bool:
    return storage_problem("save", error) is not None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def newer_library_error(revision: str) -> DatabaseError:
    from studyapp import __version__

    return DatabaseError(f"This library was made by a newer StudyApp (revision {revision}); this is version "
                         f"{__version__}. Update StudyApp to open it; the library was left as it is.")


def refuse_foreign_database(path: Path) -> None:
    """A SQLite file with tables but none of StudyApp's is another program's: never write into it
    (not even the switch to WAL that opening a library makes). Read with a read-only connection."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise storage_error("open the database", error, path.parent) from error
    if tables and not tables & {"article", "alembic_version"}:
        raise DatabaseError(f"Cannot open the database: {path} belongs to another program (it has no StudyApp "
                            "tables); it was left as it is. Move it away, or choose another data folder with "
                            "--data-dir or STUDYAPP_HOME.")


def open_database(url: str, backup_folder: Path | None = None) -> Engine:
    """Open ``url``, check a SQLite file, and upgrade the schema to the newest revision.

    Before an existing database is upgraded, a copy is put aside in ``backup_folder``. A library
    from a newer StudyApp is refused before anything is written.
    """
    from alembic import command

    path = sqlite_path(url)
    if path is not None and path.parent.exists() and not os.access(path.parent, os.W_OK):
        # SQLite would fail later with "unable to open database file", which reads like damage.
        raise storage_error("open the database", PermissionError(), path.parent)
    if path is not None and path.exists() and not path.is_file():
        raise DatabaseError(f"Cannot open the database: {path} is a folder or a device, not a library file. "
                            "Move it away, or choose another data folder with --data-dir or STUDYAPP_HOME.")
    if path is not None and path.exists() and path.stat().st_size > 0:
        if not is_sqlite_file(path):
            raise DatabaseError(f"Cannot open the database: {path} is not a StudyApp library (not a SQLite "
                                "database at all); it was left as it is. Move it away, or choose another data "
                                "folder with --data-dir or STUDYAPP_HOME.")
        problem = quick_check(path)
        if problem:
            raise damaged_error(path, problem, backup_folder)
        refuse_foreign_database(path)
    engine = create_db_engine(url)
    try:
        current = current_revision(engine)
        head = head_revision()
        if current is not None and current not in known_revisions():
            raise newer_library_error(current)
        if current != head:
            has_tables = bool(inspect(engine).get_table_names())
            if path is not None and has_tables and backup_folder is not None:
                from studyapp.core.safety.backups import copy_before_upgrade

                copy_before_upgrade(path, backup_folder, current)
            command.upgrade(alembic_config(engine), "head")
    except DatabaseError:
        engine.dispose()
        raise
    except (OperationalError, SADatabaseError) as error:
        engine.dispose()
        folder = path.parent if path is not None else None
        raise storage_problem("open the database", error, folder) or \
            DatabaseError(f"Cannot open the database: {error.orig}") from error
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
