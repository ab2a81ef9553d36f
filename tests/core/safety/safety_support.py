"""Helpers of the data-safety tests (a module of its own: ``conftest`` names clash across folders)."""

from __future__ import annotations

import sys
from pathlib import Path

CHILD = Path(__file__).with_name("crash_child.py")

# The study tests' bank writer (year facts in three forms), reused rather than copied.
sys.path.insert(0, str(Path(__file__).parents[1] / "study"))
from study_bank import add_facts  # noqa: E402,F401


def child_command(*args: str) -> list[str]:
    return [sys.executable, str(CHILD), *args]
