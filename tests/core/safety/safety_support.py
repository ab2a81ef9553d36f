"""Helpers of the data-safety tests (a module of its own: ``conftest`` names clash across folders)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("crash_child.py")

# The study tests' bank writer (year facts in three forms), reused rather than copied.
sys.path.insert(0, str(Path(__file__).parents[1] / "study"))
from study_bank import add_facts  # noqa: E402,F401


def child_command(*args: str) -> list[str]:
    return [sys.executable, str(CHILD), *args]


def damage(path) -> bytes:
    """Overwrite pages 3-6 of the file, as a failing disk would; returns the damaged bytes.

    The log is folded into the file first, so that the damage lands on pages that hold the schema."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for sidecar in ("-wal", "-shm"):
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    assert len(data) > 4096 * 6
    data[4096 * 2:4096 * 6] = b"\x5a" * (4096 * 4)
    path.write_bytes(bytes(data))
    return bytes(data)
