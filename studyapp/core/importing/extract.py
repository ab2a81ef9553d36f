"""Turning an input (file, folder entry, URL, pasted text) into an ``ExtractedArticle``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from studyapp.core.errors import ImportFailed
from studyapp.core.importing.clean import clean_text

SUPPORTED_SUFFIXES = (".txt", ".md")
MAX_TEXT_CHARS = 2_000_000


@dataclass
class ExtractedArticle:
    title: str
    text: str  # cleaned
    published: date | None = None
    source: str = "file"
    path: str = ""
    url: str = ""
    language: str = "en"


def expand_inputs(inputs: list[str]) -> list[str]:
    """Folders are replaced by every supported file inside them (recursively, sorted)."""
    expanded: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            expanded.extend(
                str(p) for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        else:
            expanded.append(item)
    return expanded


def extract_text(raw: str, *, title: str | None = None, source: str = "paste", path: str = "",
                 url: str = "", published: date | None = None) -> ExtractedArticle:
    if len(raw) > MAX_TEXT_CHARS:
        raise ImportFailed(f"The text is too long ({len(raw):,} characters; the limit is {MAX_TEXT_CHARS:,}).")
    cleaned = clean_text(raw)
    if not cleaned.text.strip():
        raise ImportFailed("There is no text to import.")
    return ExtractedArticle(
        title=title or cleaned.title or "Untitled article",
        text=cleaned.text,
        published=published or cleaned.published,
        source=source,
        path=path,
        url=url,
    )


def extract(item: str) -> ExtractedArticle:
    path = Path(item)
    if not path.exists():
        raise ImportFailed(f"{item}: no such file.")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise ImportFailed(f"{path.name}: files of type {path.suffix or '(none)'} cannot be imported.")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(f"{path.name}: not a UTF-8 text file.") from error
    return extract_text(raw, source="file", path=str(path))
