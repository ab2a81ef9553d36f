"""Word lists of the generator, one list per file under data/words/<name>.txt (one entry a line,
'#' starts a comment). Kept as data so a reviewer can read and change a list without the code.

A word that belongs to several lists lives in one file named after all of them,
``shared-<a>+<b>.txt`` (no word is written twice); ``words_of(name)`` gathers a list from its own
file and every shared file that names it."""

from __future__ import annotations

import functools
from pathlib import Path

WORDS_DIR = Path(__file__).parent / "data" / "words"
SHARED_PREFIX = "shared-"


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of the one file data/words/``name``.txt."""
    path = WORDS_DIR / f"{name}.txt"
    entries = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(e for e in entries if e)


def lists_in(file_name: str) -> list[str]:
    """The lists a file of data/words belongs to: "shared-a+b" -> ["a", "b"], "a" -> ["a"]."""
    return file_name.removeprefix(SHARED_PREFIX).split("+") if file_name.startswith(SHARED_PREFIX) else [file_name]


@functools.cache
def words_of(name: str) -> frozenset[str]:
    """The list ``name``: its own file and every shared file whose name lists it."""
    files = [f for f in list_names() if name in lists_in(f)]
    if not files:
        raise KeyError(f"no word list {name!r} under {WORDS_DIR}")
    return frozenset().union(*(words(f) for f in files))


def list_names() -> list[str]:
    return sorted(p.stem for p in WORDS_DIR.glob("*.txt"))
