"""Cleaning pasted and extracted text: page clutter out, paragraphs kept, title and date found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_DATE_LINE = re.compile(r"^\s*(?:date|published|updated)?\s*[:\-]?\s*(\d{4})-(\d{2})-(\d{2})\b\s*", re.I)


@dataclass
class CleanedText:
    text: str
    title: str = ""
    published: date | None = None


def clean_text(raw: str) -> CleanedText:
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    published = None
    match = _DATE_LINE.match(text)
    if match:
        try:
            published = date(int(match[1]), int(match[2]), int(match[3]))
            text = text[match.end():]
        except ValueError:
            pass
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    title = ""
    if paragraphs and len(paragraphs[0]) <= 120 and not paragraphs[0].endswith("."):
        title = paragraphs.pop(0)
    return CleanedText(text="\n\n".join(paragraphs), title=title, published=published)
