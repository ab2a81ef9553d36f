"""Word lists of the generator, one list per file under data/words/<name>.txt (one entry a line,
'#' starts a comment). Kept as data so a reviewer can read and change a list without the code."""

from __future__ import annotations

import functools
from pathlib import Path

WORDS_DIR = Path(__file__).parent / "data" / "words"


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of data/words/``name``.txt."""
    path = WORDS_DIR / f"{name}.txt"
    entries = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(e for e in entries if e)


def list_names() -> list[str]:
    return sorted(p.stem for p in WORDS_DIR.glob("*.txt"))
