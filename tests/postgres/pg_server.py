"""Fixtures for a real PostgreSQL server (every-desk tests). Import them into a test module or conftest:
``from pg_server import pg_database_url, pg_url``.

The server comes from ``STUDYAPP_TEST_PG_URL`` (scripts/run-tests.sh sets it after
scripts/install-system-packages.sh started the cluster and created the role), else the same local
default. Each test session creates its own uniquely named database and drops it at the end; with no
server reachable every test here is skipped, saying why.
"""

from __future__ import annotations

import os
import secrets

import pytest

DEFAULT_URL = "postgresql://studyapp_test:studyapp_test@localhost/postgres"


def _server_url() -> str:
    return os.environ.get("STUDYAPP_TEST_PG_URL") or DEFAULT_URL


@pytest.fixture(scope="session")
def pg_database_url():
    from sqlalchemy.engine import make_url

    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed")
    server = make_url(_server_url())
    plain = server.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        admin = psycopg.connect(plain, autocommit=True, connect_timeout=5)
    except psycopg.Error as error:
        pytest.skip(f"no PostgreSQL server reachable at {server.render_as_string()} "
                    f"(set STUDYAPP_TEST_PG_URL; see scripts/install-system-packages.sh): {str(error).strip()}")
    name = f"studyapp_test_{os.getpid()}_{secrets.token_hex(4)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield server.set(database=name).render_as_string(hide_password=False)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_database_url):
    """The test database, emptied of every table before each test (each test owns its data)."""
    from sqlalchemy import create_engine, text

    from studyapp.core.db import create_db_engine

    engine = create_db_engine(pg_database_url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return pg_database_url
