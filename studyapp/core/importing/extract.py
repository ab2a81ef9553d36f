"""Turning an input (file, folder entry, URL, pasted text) into an ``ExtractedArticle``: the format's
reader, then cleaning, then title, date and language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from studyapp.core.errors import ImportFailed
from studyapp.core.importing import readers
from studyapp.core.importing.clean import clean_text
from studyapp.core.importing.clutter_rules import without_site_name
from studyapp.core.importing.normalise import display_name, normalise_line, normalise_text
from studyapp.core.importing.readers import MAX_TEXT_CHARS, RawDocument
from studyapp.core.importing.titles import title_from_text

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx", ".epub")
# Question lists and other programs' question files (GIFT, Moodle XML, Anki packages): imported as
# they are, no generation; the desktop file offers StudyApp for them in file managers.
QUESTION_LIST_SUFFIXES = (".csv", ".tsv", ".gift", ".xml", ".apkg")
SUPPORTED_SUFFIXES = ARTICLE_SUFFIXES + QUESTION_LIST_SUFFIXES
_ADVICE = {
    ".doc": "old Word .doc files cannot be read; save it as .docx (File › Save As) and import that",
    ".rtf": "save it as .docx or plain text and import that",
    ".odt": "save it as .docx and import that",
    ".mobi": "convert the e-book to EPUB and import that",
    ".azw3": "convert the e-book to EPUB and import that",
}
PASTED = "The pasted text"
# langdetect needs some text to be right; below this many letters an article is taken as English.
MIN_LETTERS_FOR_LANGUAGE = 40
LANGUAGE_SAMPLE_CHARS = 3000
_WIDE_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to is was that for with by from his her which were are has have this be it its as at "
    "on an their they he she who not but had been".split())


@dataclass
class ExtractedArticle:
    title: str
    text: str  # cleaned
    published: date | None = None
    source: str = "file"
    path: str = ""
    url: str = ""
    language: str = "en"
    warnings: list[str] = field(default_factory=list)  # said with the import's result


def is_url(item: str) -> bool:
    return bool(re.match(r"^https?://", item.strip(), re.I))


def _importable(path: Path) -> bool:
    return (path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES
            and not path.name.startswith((".", "~$")))


def expand_inputs(inputs: list[str]) -> list[str]:
    """Folders are replaced by every supported file inside them (recursively, sorted); hidden files
    and Office lock files are skipped. A folder without any stays, so that it gets its own message."""
    expanded: list[str] = []
    for item in inputs:
        path = Path(item)
        if not is_url(item) and path.is_dir():
            found = [str(p) for p in sorted(path.rglob("*"))
                     if _importable(p) and not any(part.startswith(".") for part in p.relative_to(path).parts)]
            expanded.extend(found or [item])
        else:
            expanded.append(item)
    return expanded


def looks_english(sample: str) -> bool:
    """Plain English prose: its letters almost all ASCII, and English function words frequent (about
    one word in four; other languages written in Latin letters rarely reach one in ten)."""
    words = sample.lower().split()
    if len(words) < 20:
        return False
    if not sample.isascii():
        letters = [ch for ch in sample if ch.isalpha()]
        if sum(not ch.isascii() for ch in letters) > 0.03 * len(letters):
            return False
    return sum(w.strip(".,;:!?\"'()“”‘’") in _ENGLISH_FUNCTION_WORDS for w in words) >= 0.15 * len(words)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; "en" when the text is too short to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    # A Chinese, Japanese or Korean character says as much about the language as a short word.
    letters = sum(map(str.isalpha, sample)) + 2 * len(_WIDE_LETTER.findall(sample))
    if looks_english(sample) or letters < MIN_LETTERS_FOR_LANGUAGE:
        return "en"  # langdetect costs as much as a tenth of question generation: only when in doubt
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # the same text always gets the same answer
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return "en"
    if best.prob < 0.8:
        return "en"
    return best.lang.split("-")[0]


def build_article(document: RawDocument, name: str, *, title: str | None = None, source: str = "file",
                  path: str = "", url: str = "", published: date | None = None) -> ExtractedArticle:
    """Clean a document's text and settle its title, date and language."""
    if len(document.text) > MAX_TEXT_CHARS:
        raise readers.too_long(name, len(document.text))
    # The door: whatever the source, control characters go and Windows-1252 leftovers are repaired.
    document.text = normalise_text(document.text)
    # A page's metadata title often ends with the site's name ("Title - Site"): not the article's.
    document.title = without_site_name(normalise_line(document.title))
    title = normalise_line(title) if title else title
    # A title from the document's metadata wins; the first line is then the body's, unless it
    # repeats that title (structured sources do).
    cleaned = clean_text(document.text, markdown=document.markdown,
                         lines_are_paragraphs=document.lines_are_paragraphs, find_title=not document.title)
    text = cleaned.text
    if document.title:
        first, _, rest = text.partition("\n\n")
        if first.casefold() == document.title.casefold() and rest:
            text = rest
    if not text.strip():
        raise ImportFailed(f"{name}: there is no article text in it (only page clutter, or nothing at all).")
    return ExtractedArticle(
        title=title or document.title or cleaned.title or title_from_text(text),
        text=text,
        published=published or (cleaned.published if document.weak_date else None) or document.published
        or cleaned.published,
        source=source,
        path=path,
        url=url,
        language=detect_language(text),
        warnings=list(document.warnings),
    )


def extract_text(raw: str, *, title: str | None = None, source: str = "paste", path: str = "",
                 url: str = "", published: date | None = None) -> ExtractedArticle:
    """An article from text already in memory (pasted, or a bundled sample)."""
    if not raw.strip():
        raise ImportFailed(f"{PASTED}: there is no text to import.")
    return build_article(RawDocument(text=raw), PASTED, title=title, source=source, path=path, url=url,
                         published=published)


def _reader_for(suffix: str) -> Callable[[bytes, str], RawDocument] | None:
    return {
        ".txt": readers.read_text, ".text": readers.read_text,
        ".md": lambda data, name: readers.read_text(data, name, markdown=True),
        ".markdown": lambda data, name: readers.read_text(data, name, markdown=True),
        ".html": readers.read_html, ".htm": readers.read_html, ".xhtml": readers.read_html,
        ".pdf": readers.read_pdf, ".docx": readers.read_docx, ".epub": readers.read_epub,
    }.get(suffix)


def unsupported_message(path: Path) -> str:
    suffix = display_name(path.suffix.lower())
    name = display_name(path.name)
    if suffix in _ADVICE:
        return f"{name}: {_ADVICE[suffix]}."
    kind = f"type {suffix}" if suffix else "this type (no extension)"
    return (f"{name}: files of {kind} cannot be imported (supported: "
            f"{', '.join(s for s in SUPPORTED_SUFFIXES if s not in ('.text', '.markdown', '.xhtml'))}).")


def extract(item: str, is_cancelled: Callable[[], bool] | None = None) -> ExtractedArticle:
    """The article in a file or at a URL; ``ImportFailed`` with a one-line message otherwise.
    ``is_cancelled`` stops a download at once (``Cancelled``)."""
    if is_url(item):
        document, final_url = readers.fetch_url(item.strip(), is_cancelled=is_cancelled)
        return build_article(document, item, source="url", url=final_url)
    path = Path(item)
    name = display_name(path.name or item)  # the file is read by its real name, shown by this one
    if path.is_dir():
        raise ImportFailed(f"{name}: no files that can be imported in this folder.")
    if not path.exists():
        raise ImportFailed(f"{display_name(item)}: no such file or folder.")
    reader = _reader_for(path.suffix.lower())
    if reader is None:
        raise ImportFailed(unsupported_message(path))
    document = reader(readers.read_bytes(path), name)
    return build_article(document, name, source="file", path=display_name(path))
