"""Shared helpers for the generator tests: spaCy is loaded once per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

# tests/core/generation/conftest.py -> parents[3] is the repository; ../shared sits beside it.
SHARED = Path(__file__).resolve().parents[3].parent / "shared"
PUBLISHED = date(2023, 5, 7)


@pytest.fixture(scope="session")
def nlp():
    from studyapp.core.generation.nlp import get_nlp

    return get_nlp()
