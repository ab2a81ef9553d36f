"""The class database chosen in the window: a PostgreSQL URL kept in a small file in the data folder
(it cannot live in the database it points to). ``--database-url`` and ``$STUDYAPP_DATABASE_URL``
still win over it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from studyapp.core.atomic_file import write_text_atomically
from studyapp.core.errors import DataLocationError, InvalidInput

FILE_NAME = "class-database.json"


def check_url(url: str) -> str:
    url = url.strip()
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidInput("Enter a URL like postgresql://user:password@server/studyapp.") from None
    if parsed.get_backend_name() != "postgresql":
        raise InvalidInput("A class database must be PostgreSQL: postgresql://user:password@server/studyapp.")
    return url


def display_url(url: str) -> str:
    """A database URL to show on screen (which a projector may show to a class): never its password."""
    if url.startswith("sqlite:///"):
        from studyapp.core.paths import sqlite_path

        return str(sqlite_path(url) or url[len("sqlite:///"):])
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "?"


def saved_url(folder: Path) -> str | None:
    """The class database to open, unless the command line or the environment names another."""
    if os.environ.get("STUDYAPP_DATABASE_URL"):
        return None
    try:
        return json.loads((folder / FILE_NAME).read_text(encoding="utf-8")).get("database_url") or None
    except (OSError, ValueError, AttributeError):
        return None


def save_url(folder: Path, url: str | None) -> None:
    """Remember ``url`` for the next start (None: go back to the library on this computer)."""
    target = folder / FILE_NAME
    if url is None:
        try:
            target.unlink(missing_ok=True)
        except OSError as error:
            raise DataLocationError(f"Cannot save the class database setting in {folder}: {error.strerror}.") \
                from error
        return
    url = check_url(url)
    # The URL may hold the database password: readable by its owner only.
    write_text_atomically(target, json.dumps({"database_url": url}), mode=0o600)
