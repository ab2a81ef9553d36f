"""Backups of the SQLite library: copies with SQLite's online backup API, rotation, restore, checks.

A copy is consistent even while the program (or a second window) is writing: the backup API reads
one snapshot. Each copy is written to a ``.partial`` file, checked, and only then renamed into
place, so a full disk or a crash never leaves a half-written file that looks like a backup.

The functions take paths so that the command line can check or restore a library that cannot be
opened (a damaged file); ``BackupManager`` is the facade's view of them for the open library.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.core.db import (BUSY_TIMEOUT_MS, known_revisions, newer_library_error, quick_check, read_only_uri,
                              storage_error, storage_problem)
from studyapp.core.atomic_file import write_atomically
from studyapp.core.errors import DatabaseError, InvalidInput, NotFound
from studyapp.core.paths import backups_dir, sqlite_path

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

KEEP_DAILY = 7
KEEP_WEEKLY = 4
ROTATED_LABEL = "backup"  # copies made by backup_now
UPGRADE_LABEL = "before-upgrade"  # + "-<revision>": rotated like backups, as a family of their own
# A .partial file this old is left by a killed backup (a running one writes to it all the time).
STALE_PARTIAL_S = 15 * 60
_NAME = re.compile(r"^studyapp-(?P<label>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC, from the file name
    label: str  # backup, before-restore, before-upgrade-0001, damaged, ...
    size: int

    def as_json(self) -> dict:
        return {"path": str(self.path), "created": self.created.isoformat(), "label": self.label,
                "size": self.size}


@dataclass(frozen=True)
class CheckReport:
    path: Path
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _stamped_target(folder: Path, label: str, now: datetime) -> Path:
    base = f"studyapp-{label}-{now.astimezone(timezone.utc).strftime(_STAMP)}"
    target = folder / f"{base}.sqlite3"
    counter = 1
    while target.exists():  # two copies in one second (a test, or a restore right after a backup)
        target = folder / f"{base}-{counter}.sqlite3"
        counter += 1
    return target


def write_checked_copy(source: Path, target: Path) -> None:
    """``source`` copied into the (new or empty) file ``target`` with the backup API, as one
    self-contained file (no -wal beside it that could be lost when it is copied), then checked."""
    src = sqlite3.connect(read_only_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    problem = quick_check(target)
    if problem:
        raise DatabaseError(f"The copy of {source.name} failed its check ({problem}); nothing was changed.")


def copy_database(source: Path, folder: Path, label: str, now: datetime) -> Path:
    """A checked, self-contained copy of ``source`` in ``folder``; nothing is left behind on failure."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage_error("make a backup", error, folder) from error
    remove_stale_partials(folder)
    target = _stamped_target(folder, label, now)
    write_atomically(target, lambda partial: write_checked_copy(source, partial), action="make a backup")
    return target


def remove_stale_partials(folder: Path, *, older_than_s: float = STALE_PARTIAL_S) -> list[Path]:
    """Remove what a killed backup left behind (``….sqlite3.partial`` and its journal)."""
    removed = []
    limit = time.time() - older_than_s
    # ".studyapp-….sqlite3.*.partial" from the atomic writer; "studyapp-….sqlite3.partial" from older versions.
    for path in [*folder.glob(".studyapp-*.partial*"), *folder.glob("studyapp-*.sqlite3.partial*")]:
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except OSError:
            pass  # another window removed it, or it cannot be: the next backup tries again
    return removed


def copy_before_upgrade(path: Path, folder: Path, revision: str | None) -> Path:
    """The copy put aside before a schema upgrade; older ones are rotated like backups."""
    target = copy_database(path, folder, f"{UPGRADE_LABEL}-{revision or 'unversioned'}", datetime.now(timezone.utc))
    rotate(folder)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    found: list[tuple[tuple, BackupInfo]] = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=timezone.utc)
        # Two copies in one second are told apart by their counter ("-1" is the later one).
        order = (created, int(match["n"] or 0), path.name)
        found.append((order, BackupInfo(path, created, match["label"], path.stat().st_size)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [backup for _, backup in found]


def newest_sound_backup(folder: Path) -> BackupInfo | None:
    """The newest copy that passes the quick check, whatever made it: backups, copies before an
    upgrade or a restore, and libraries set aside as damaged (a library once wrongly called damaged
    holds the newest work). A damaged or unreadable copy is no help and is passed over."""
    for backup in list_backups(folder):
        try:
            if quick_check(backup.path) is None:
                return backup
        except DatabaseError:
            continue
    return None


def _family(label: str) -> str | None:
    if label == ROTATED_LABEL:
        return ROTATED_LABEL
    if label.startswith(UPGRADE_LABEL + "-"):
        return UPGRADE_LABEL
    return None


def rotate(folder: Path) -> list[Path]:
    """Keep the newest copy of each of the last 7 days and of each of the last 4 weeks, separately for
    backups and for copies made before upgrades.

    Returns the files removed. Copies made before a restore, and damaged files set aside, are never
    removed here: they exist because something unusual happened.
    """
    removed: list[Path] = []
    for family in (ROTATED_LABEL, UPGRADE_LABEL):
        rotated = [b for b in list_backups(folder) if _family(b.label) == family]
        keep: set[Path] = set()
        days: list = []
        weeks: list = []
        for backup in rotated:  # newest first, so the first seen of a day/week is its newest
            day = backup.created.date()
            week = day.isocalendar()[:2]
            if day not in days and len(days) < KEEP_DAILY:
                days.append(day)
                keep.add(backup.path)
            if week not in weeks and len(weeks) < KEEP_WEEKLY:
                weeks.append(week)
                keep.add(backup.path)
        removed += [b.path for b in rotated if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def check_file(path: Path) -> CheckReport:
    """SQLite's full integrity check and foreign key check, read-only."""
    if not path.exists():
        raise NotFound(f"There is no database file at {path}.")
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            problems = [r for r in rows if r != "ok"]
            if not problems:
                broken = connection.execute("PRAGMA foreign_key_check").fetchall()
                problems = [f"a row of {table} points to a missing {parent} row" for table, _, parent, _ in broken[:10]]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        problem = storage_problem("check the database", error, path.parent)
        if problem is not None:  # a full disk or a lock says nothing about the file's contents
            raise problem from error
        problems = [str(error)]
    return CheckReport(path, problems)


def _revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def validate_backup(path: Path) -> None:
    """Raise a clear error unless ``path`` is a sound StudyApp library this version can open."""
    if not path.is_file():
        raise NotFound(f"There is no backup file at {path}.")
    problem = quick_check(path)
    if problem:
        raise InvalidInput(f"{path.name} is not a usable StudyApp backup ({problem}).")
    revision = _revision_of(path)
    if revision is None:
        raise InvalidInput(f"{path.name} is not a StudyApp library (it has no schema version).")
    if revision not in known_revisions():
        raise InvalidInput(f"{path.name}: {newer_library_error(revision)}")


def _set_aside(path: Path, folder: Path, now: datetime) -> Path:
    """Move a damaged library (with its -wal and -shm) into ``folder`` unchanged."""
    target = _stamped_target(folder, "damaged", now)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def _copy_with_backup_api(source: Path, target: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore_file(backup: Path, database: Path, folder: Path, now: datetime) -> Path | None:
    """Replace the library at ``database`` by ``backup``; returns where the replaced library went.

    A sound library is first copied aside (label ``before-restore``), then the backup is copied into
    it with the backup API, which takes SQLite's own write lock in one transaction: another window
    on the same file sees either the old or the new library, and a failure (a full disk) rolls back
    to the old one. A damaged library is replaced only once the backup is written and checked beside
    it; then it is moved aside unchanged (label ``damaged``). A full disk, a missing permission or a
    locked file stops the restore before anything changes.
    The caller upgrades the schema afterwards if the backup is older (``open_database``).
    """
    backup = Path(backup).resolve()
    validate_backup(backup)
    kept: Path | None = None
    try:
        present = database.exists() and database.stat().st_size > 0
        if present and quick_check(database) is None:
            kept = copy_database(database, folder, "before-restore", now)
            _copy_with_backup_api(backup, database)
        else:
            # The replacement is written and checked beside the library before anything is moved:
            # a full disk leaves the damaged library where it was.
            staged = database.with_name(f".{database.name}.restoring")
            write_atomically(staged, lambda partial: write_checked_copy(backup, partial), action="restore the backup")
            try:
                if present:
                    folder.mkdir(parents=True, exist_ok=True)
                    kept = _set_aside(database, folder, now)
                os.replace(staged, database)
            finally:
                staged.unlink(missing_ok=True)
    except (sqlite3.Error, OSError) as error:
        raise storage_error("restore the backup", error, database.parent) from error
    return kept


class BackupManager:
    """Backups of the open library (SQLite only; a PostgreSQL server has its own tools)."""

    def __init__(self, app: "StudyApp"):
        self.app = app

    @property
    def folder(self) -> Path:
        return backups_dir(self.app.data_folder)

    def _database_path(self) -> Path:
        path = sqlite_path(self.app.url)
        if path is None or not self.app.is_sqlite:
            raise DatabaseError("This library is on a database server: back it up with the server's own tools "
                                "(for PostgreSQL: pg_dump), not with StudyApp.")
        return path

    def backup_now(self, *, rotate_old: bool = True) -> BackupInfo:
        """Copy the library into the backups folder now, then drop copies the rotation no longer keeps."""
        target = copy_database(self._database_path(), self.folder, ROTATED_LABEL, self.app.clock.now())
        if rotate_old:
            rotate(self.folder)
        return next(b for b in list_backups(self.folder) if b.path == target)

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def newest(self) -> BackupInfo | None:
        return newest_sound_backup(self.folder)

    def restore_newest(self) -> tuple[BackupInfo, Path | None]:
        """Restore the newest sound copy; returns the copy taken and where the replaced library went."""
        newest = self.newest()
        if newest is None:
            raise NotFound(f"There is no sound backup in {self.folder}.")
        return newest, self.restore(newest.path)

    def check(self) -> CheckReport:
        return check_file(self._database_path())

    def restore(self, backup: str | Path) -> Path | None:
        """Put ``backup`` in place of the library and reopen it; returns the copy of what it replaced."""
        from studyapp.core.db import open_database

        database = self._database_path()
        validate_backup(Path(backup))
        self.app.engine.dispose()  # our pooled connections must not keep reading the old pages
        kept = restore_file(Path(backup), database, self.folder, self.app.clock.now())
        self.app.engine = open_database(self.app.url, backup_folder=self.folder)
        return kept
