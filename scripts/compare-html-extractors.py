#!/usr/bin/env python3
"""Side by side: what each HTML extractor gives the user on the same web pages, through the whole
import (cleaning included), as a table. Used to decide whether trafilatura (and the 42 MB it pulls
in: babel, courlan, htmldate, justext, tld) can be replaced by a lighter library.

Pages: tests/core/importing/pages/*.html, judged by expected.json there (article paragraphs kept,
clutter dropped, title, date), and the HTML pages of the import tests. Extractors that are not
installed are skipped (readability-lxml is not in the lock: `pip install readability-lxml` into a
scratch environment to compare it).
    .venv/bin/python scripts/compare-html-extractors.py [-v]
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "core" / "importing" / "pages"
sys.path[:0] = [str(ROOT), str(PAGES.parent)]

from studyapp.core.importing import readers  # noqa: E402
from studyapp.core.importing.clean import parse_date  # noqa: E402
from studyapp.core.importing.extract import extract  # noqa: E402
from studyapp.core.importing.readers import RawDocument  # noqa: E402


# ------------------------------------------------ title and date, for the extractors that give neither

# Meta tags (property= or name= or itemprop=) that hold the headline, best first.
TITLE_META = ("og:title", "twitter:title", "headline", "dc.title", "citation_title")
# Meta tags that hold the day the article was first published, best first. Modification dates are
# not among them: a page edited last week is not last week's news.
DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
             "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created",
             "citation_publication_date", "parsely-pub-date", "sailthru.date")
# What sites put between the headline and their own name in <title>.
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|–—:•·»]|-{1,2}|::)\s+")
_JSON_LD_DATE_KEYS = ("datePublished", "dateCreated", "uploadDate")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta(root, names: tuple[str, ...]) -> Iterator[str]:
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = _clean(meta.get("content"))
        if key in names and value and key not in found:
            found[key] = value
    for name in names:
        if name in found:
            yield found[name]


def _json_ld(root) -> Iterator[dict]:
    """Every object of the page's schema.org JSON-LD blocks, nested ones (@graph, lists) included."""
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                stack.extend(value for value in item.values() if isinstance(value, (list, dict)))


def _headings(root) -> list[str]:
    return [text for text in (_clean(h.text_content()) for h in root.iter("h1")) if text]


def page_title(root) -> str:
    """The article's headline without the site's name.

    The page's <h1> is the headline when the metadata agrees (its <title> or og:title contains it);
    otherwise og:title and its kin, else the longest part of <title> around the site's separator.
    """
    metadata = list(_meta(root, TITLE_META))
    metadata += [_clean(str(item["headline"])) for item in _json_ld(root) if item.get("headline")]
    head_title = _clean(root.findtext(".//title"))
    for heading in _headings(root):
        if any(heading.lower() in text.lower() for text in (*metadata, head_title) if text):
            return heading
    for text in (*metadata, head_title):
        if text:
            return max(_TITLE_SEPARATORS.split(text), key=len)
    headings = _headings(root)
    return headings[0] if headings else ""


def page_date(root) -> date | None:
    """The day the article was published: article meta tags, then JSON-LD, then the first <time>."""
    candidates = list(_meta(root, DATE_META))
    candidates += [str(item[key]) for item in _json_ld(root) for key in _JSON_LD_DATE_KEYS if item.get(key)]
    times = root.xpath("//time[@pubdate or @itemprop='datePublished']/@datetime") or root.xpath("//time/@datetime")
    candidates += [str(value) for value in times]
    for value in candidates:
        if when := parse_date(value):
            return when
    return None


def with_page_metadata(text: str, html: str) -> RawDocument:
    """Title and date for extractors that give neither: read from the page's tags."""
    import lxml.html

    root = lxml.html.fromstring(html)
    return RawDocument(text=text, title=page_title(root), published=page_date(root),
                       lines_are_paragraphs=True)


def read_readability(data: bytes | str, name: str) -> RawDocument:
    from readability import Document

    html = data if isinstance(data, str) else readers.decode_html(data, name)
    return with_page_metadata(readers.html_to_lines(Document(html).summary(html_partial=True)), html)


def read_justext(data: bytes | str, name: str) -> RawDocument:
    import justext

    html = data if isinstance(data, str) else readers.decode_html(data, name)
    # The settings trafilatura itself uses when it falls back on jusText (trafilatura/external.py).
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"), 50, 150, 0.1, 0.2, 0.25, 150,
                                 encoding="utf-8")
    return with_page_metadata("\n".join(p.text for p in paragraphs if not p.is_boilerplate), html)


EXTRACTORS: dict[str, tuple[str, Callable[[bytes | str, str], RawDocument]]] = {
    "trafilatura": ("trafilatura", readers.read_html),
    "readability-lxml": ("readability", read_readability),
    "jusText": ("justext", read_justext),
}


def cases() -> list[dict]:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    found = [dict(spec, name=name, data=(PAGES / name).read_bytes())
             for name, spec in expected.items() if not name.startswith("_")]
    import test_import_encodings as encodings
    import test_import_formats as formats
    import test_import_titles as titles

    japanese_title, *japanese = encodings.expected_paragraphs(encodings.JAPANESE)
    found += [
        {"name": "tests: curie", "data": formats.PAGE.format(*formats.PARAGRAPHS).encode(), "keep": formats.PARAGRAPHS,
         "outside": ["Home", "cookies", "All rights reserved", "Privacy policy"], "inside": [],
         "title": "Marie Curie, twice a laureate", "published": "2023-05-07"},
        {"name": "tests: kyiv", "data": (f"<html><head><title>Drones strike Kyiv overnight</title></head><body>"
                                         f"<article><p>{titles.LEDE}</p><p>{titles.SECOND}</p></article></body>"
                                         "</html>").encode(),
         "keep": [titles.LEDE, titles.SECOND], "outside": [], "inside": [], "title": "Drones strike Kyiv overnight", "published": None},
        {"name": "tests: shift_jis", "data": (f'<html><head><meta charset="shift_jis"><title>{japanese_title}</title>'
                                              "</head><body><article>" + "".join(f"<p>{p}</p>" for p in japanese)
                                              + "</article></body></html>").encode("shift_jis"),
         "keep": japanese, "outside": [], "inside": [], "title": japanese_title, "published": None},
    ]
    return found


def judge(case: dict, reader: Callable, folder: Path) -> dict:
    path = folder / (case["name"].replace("tests: ", "") + ("" if case["name"].endswith(".html") else ".html"))
    path.write_bytes(case["data"])
    original = readers.read_html
    readers.read_html = reader
    try:
        article = extract(str(path))
        text, title, published = article.text, article.title, article.published
    except Exception as error:  # noqa: BLE001 - a failed page is a row of the table, not the end of it
        text, title, published = f"(error: {error})", "", None
    finally:
        readers.read_html = original
    dates = case["published"] if isinstance(case["published"], list) else [case["published"]]
    return {"missed": [k for k in case["keep"] if k not in text],
            "outside": [c for c in case["outside"] if c in text], "inside": [c for c in case["inside"] if c in text],
            "title": title == case["title"], "title_text": title, "error": text if text.startswith("(error") else "",
            "date": (published.isoformat() if published else None) in dates}


COLUMNS = ("kept", "outside left", "inside left", "title", "date")


def row(page: str, label: str, cells: list[tuple[int, int]]) -> str:
    return f"{page:24}{label:18}" + "".join(f"{f'{a}/{b}':>{len(c) + 2}}" for c, (a, b) in zip(COLUMNS, cells))


def main() -> int:
    import importlib.util
    import tempfile

    verbose = "-v" in sys.argv
    available = {label: reader for label, (module, reader) in EXTRACTORS.items() if importlib.util.find_spec(module)}
    print(f"{'page':24}{'extractor':18}" + "".join(f"{c:>{len(c) + 2}}" for c in COLUMNS))
    totals = {label: [[0, 0] for _ in COLUMNS] for label in available}
    with tempfile.TemporaryDirectory() as folder:
        for case in cases():
            for label, reader in available.items():
                r = judge(case, reader, Path(folder))
                n_keep, n_out, n_in = len(case["keep"]), len(case["outside"]), len(case["inside"])
                cells = [(n_keep - len(r["missed"]), n_keep), (len(r["outside"]), n_out), (len(r["inside"]), n_in),
                         (int(r["title"]), 1), (int(r["date"]), 1)]
                for total, (a, b) in zip(totals[label], cells):
                    total[0] += a
                    total[1] += b
                print(row(case["name"], label, cells))
                if verbose:
                    for key in ("error", "missed", "outside", "inside"):
                        if r[key]:
                            print(f"{'':42}{key}: {r[key]}")
                    if not r["title"]:
                        print(f"{'':42}title: {r['title_text']!r}")
    for label, total in totals.items():
        print(row("ALL", label, [tuple(t) for t in total]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
