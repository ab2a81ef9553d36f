"""A database URL as the window may show it (the status bar, which a projector may show to a class):
never its password. A class server given ``--database-url`` (a school's PostgreSQL) shows it so."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError


def display_url(url: str) -> str:
    if url.startswith("sqlite:///"):
        from studyapp.core.paths import sqlite_path

        return str(sqlite_path(url) or url[len("sqlite:///"):])
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "?"
