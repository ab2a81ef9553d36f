"""Helpers of the data-safety tests (a module of its own: ``conftest`` names clash across folders)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

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


def mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextmanager
def mounted(target, *args: str):
    if not mount(*args, str(target)):
        pytest.skip("needs root and mount (a small tmpfs or a read-only bind mount) to make a real disk full "
                    "or a folder read-only for root")
    try:
        yield target
    finally:
        # Lazy when still busy (a failed assertion left a file open): never leave a mount behind.
        if subprocess.run(["umount", str(target)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(target)], check=True)


@contextmanager
def read_only(folder):
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        return
    with mounted(folder, "--bind", str(folder)):  # root writes through chmod: a read-only bind mount stops it
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        yield folder


def fill_disk(disk: Path) -> Path:
    """Fill the filesystem of ``disk`` to the last byte; returns the filler file (unlink it for room)."""
    filler = disk / "filler"
    handle = open(filler, "wb")  # noqa: SIM115 - closing a full file raises; it is closed below
    try:
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    except OSError:
        pass
    try:
        handle.close()
    except OSError:
        pass
    return filler


@contextmanager
def full_tmpfs(tmp_path: Path, size: str = "3m"):
    """A small tmpfs at ``tmp_path/disk`` (skips without root); fill it with ``fill_disk``."""
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted(disk, "-t", "tmpfs", "-o", f"size={size}", "tmpfs"):
        yield disk
