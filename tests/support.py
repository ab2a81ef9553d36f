"""Paths and constants shared by the tests (importable as ``support`` once tests/conftest.py ran)."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "article.txt"
SEED_GOLD = SHARED / "eval" / "seed_gold.json"
SQUAD_NEW_WIKI = SHARED / "eval" / "squadshifts_new_wiki_v1.0.json"
SAMPLES = REPO / "resources" / "samples"
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def needs_shared(path: Path):
    """Skip cleanly in a clone that has no ../shared folder (a user's clone)."""
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is not available in this checkout")
