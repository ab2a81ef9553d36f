"""Fixtures of the data-safety tests: libraries built straight in the tables, input folders."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from support import SAMPLES

CHILD = Path(__file__).with_name("crash_child.py")


def add_facts(app, n_facts: int, **kwargs) -> list[int]:
    """The study tests' bank writer (year facts in three forms), reused rather than copied."""
    spec = importlib.util.spec_from_file_location("study_bank", Path(__file__).parents[1] / "study" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.add_facts(app, n_facts, **kwargs)


@pytest.fixture
def paragraph_folder(tmp_path) -> Path:
    """15 short articles: each paragraph of the bundled samples as a file of its own."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    count = 0
    for sample in sorted(SAMPLES.glob("*.txt")):
        for paragraph in sample.read_text(encoding="utf-8").split("\n\n"):
            if len(paragraph.split()) > 30:
                count += 1
                (folder / f"{count:02d}_{sample.stem}.txt").write_text(paragraph, encoding="utf-8")
    assert count >= 12
    return folder


def child_command(*args: str) -> list[str]:
    return [sys.executable, str(CHILD), *args]
