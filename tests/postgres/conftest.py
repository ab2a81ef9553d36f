import sys
from pathlib import Path

from pg_server import pg_database_url, pg_url  # noqa: F401  (the fixtures)

# The classroom tests' question bank, shared with tests/core/classroom
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "classroom"))
