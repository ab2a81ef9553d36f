"""One reader per source format: bytes or a path in, a ``RawDocument`` (text with what the document
says about its title and date) out. Every failure is an ``ImportFailed`` whose one-line message
starts with the file's name (or the URL) and says what to do.

Limits (stated in the README and checked before anything is parsed):
- a file or download of at most ``MAX_FILE_BYTES`` (50 MB);
- DOCX and EPUB files are zip archives: together their members may expand to at most
  ``MAX_UNPACKED_BYTES`` (100 MB) and to at most ``MAX_RATIO`` (100) times the archive's size, in at
  most ``MAX_MEMBERS`` files. The declared sizes are checked first, and every member is then read
  against a hard budget whatever the directory says (``archives.read_member``);
- the extracted text may hold at most ``MAX_TEXT_CHARS`` (2,000,000) characters, about 1,000 pages.

The libraries (trafilatura, pypdf, python-docx, lxml) are imported inside their reader, so that
starting the program does not load them.
"""

from __future__ import annotations

import functools
import io
import re
import socket
import ssl
import threading
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from studyapp.core.errors import ImportFailed
from studyapp.core.importing.archives import MAX_RATIO, MAX_UNPACKED_BYTES, BoundedZip, inflated_copy
from studyapp.core.importing.clean import parse_date
from studyapp.core.importing.decode import decode_bytes

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 2_000_000
MAX_MEMBERS = 10_000
FETCH_TIMEOUT_S = 15  # per read
FETCH_DEADLINE_S = 120  # the whole page
_MB = 1024 * 1024
# PARSER_FAILURES: the format libraries raise a wide and changing set of exceptions on damaged input
# (their own errors, ValueError, KeyError, lxml's, RecursionError on deep nesting, ...). Each reader
# catches every ``Exception`` around its parser and reports the file as damaged: a file that cannot
# be parsed must cost the user one line, never the rest of a bulk import.
# Titles that document software writes by itself: no better than none.
_JUNK_TITLE = re.compile(r"^(?:untitled|document\d*|microsoft word - .*|.*\.(?:docx?|pdf|html?|txt)|title|"
                         r"new document|\W*)$", re.I)


@dataclass
class RawDocument:
    text: str
    title: str = ""
    published: date | None = None
    markdown: bool = False
    lines_are_paragraphs: bool = False  # structured sources give one paragraph per line
    # A PDF's or Word file's creation date is when the file was made, often long after the article
    # appeared: a date written in the text wins over it.
    weak_date: bool = False
    warnings: list[str] = field(default_factory=list)  # shown with the import's result


def too_long(name: str, n_chars: int) -> ImportFailed:
    return ImportFailed(f"{name}: the text is too long ({n_chars:,} characters; the limit is {MAX_TEXT_CHARS:,}); "
                        "split it into parts.")


def good_title(value: object) -> str:
    title = " ".join(str(value or "").split())
    return "" if _JUNK_TITLE.match(title) else title


def _short_reason(error: BaseException) -> str:
    reason = " ".join(str(error).split()) or type(error).__name__
    return reason if len(reason) <= 80 else reason[:77] + "..."


def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFailed(f"{path.name}: the file is too large ({size / _MB:.0f} MB; the limit is "
                           f"{MAX_FILE_BYTES // _MB} MB).")
    if size == 0:
        raise ImportFailed(f"{path.name}: the file is empty.")
    try:
        return path.read_bytes()
    except OSError as error:
        raise ImportFailed(f"{path.name}: the file cannot be read ({error.strerror or error}).") from error


# --------------------------------------------------------------------------- plain text and Markdown
_MARKDOWN_FRONT = re.compile(r"^---\n.*?\n---\n", re.S)
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")


def only_headings(markdown: str) -> bool:
    """A Markdown file whose every line is a heading (an outline, a table of contents): no prose."""
    lines = [line for line in _MARKDOWN_FRONT.sub("", markdown).splitlines() if line.strip()]
    headings = {i for i, line in enumerate(lines) if _MARKDOWN_HEADING.match(line)}
    for i, line in enumerate(lines[1:], 1):
        if _SETEXT_UNDERLINE.match(line):
            headings |= {i - 1, i}
    return bool(lines) and len(headings) == len(lines)


def read_text(data: bytes, name: str, *, markdown: bool = False) -> RawDocument:
    warnings: list[str] = []
    text = decode_bytes(data, name, warnings)
    if markdown and only_headings(text):
        raise ImportFailed(f"{name}: there is no text to make questions from (the file holds only headings).")
    return RawDocument(text=text, markdown=markdown, warnings=warnings)


# --------------------------------------------------------------------------- HTML
def read_html(data: bytes | str, name: str) -> RawDocument:
    """The main text of a web page (navigation, footers and comments left out) with its title and date."""
    import trafilatura

    html = data if isinstance(data, str) else decode_html(data, name)
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, include_comments=False,
                                               include_tables=False, deduplicate=True)
    except Exception as error:  # noqa: BLE001 - see PARSER_FAILURES
        raise damaged(name, "the page cannot be read", error) from error
    text = getattr(document, "text", None) or ""
    if not text.strip():
        raise ImportFailed(f"{name}: no article text was found in the page.")
    return RawDocument(text=text, title=good_title(getattr(document, "title", "")),
                       published=parse_date(getattr(document, "date", None)), lines_are_paragraphs=True)


def decode_html(data: bytes, name: str) -> str:
    """HTML bytes as text: the charset the page declares when it decodes cleanly, else detection."""
    declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.I)
    if declared:
        try:
            return data.decode(declared[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)


# --------------------------------------------------------------------------- PDF
def read_pdf(data: bytes, name: str) -> RawDocument:
    import logging

    from pypdf import PdfReader

    # pypdf logs every repair it attempts ("EOF marker not found"); the user gets one message instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportFailed(f"{name}: the PDF is password-protected; save an unprotected copy and import that.")
        pages: list[str] = []
        total = 0
        for page in reader.pages:
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise too_long(name, total)
            pages.append(text)
        info = reader.metadata
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - see PARSER_FAILURES
        raise damaged(name, _PDF_DAMAGED, error) from error
    if sum(len(re.findall(r"\w", page)) for page in pages) < 20:
        unreadable = _unreadable_page(reader)
        if unreadable is not None:  # pypdf gives no text for a page it cannot read, and says nothing
            raise ImportFailed(f"{name}: {_PDF_DAMAGED} (the text of page {unreadable} cannot be read).")
        raise ImportFailed(f"{name}: the PDF has no text layer (scanned pages?); run text recognition (OCR) "
                           "on it first, or paste the text.")
    title = good_title(info.title) if info else ""
    published = None
    if info:
        try:
            published = parse_date(info.creation_date)
        except (ValueError, TypeError):
            published = None
    # Pages are joined with a blank line: a page break always ends a paragraph in practice.
    return RawDocument(text="\n\n".join(pages), title=title, published=published, weak_date=True)


def _unreadable_page(reader) -> int | None:
    """The number of the first page whose content stream cannot be read (a stream whose length
    refers to itself, a missing object), or None. pypdf's text extraction skips such a page silently,
    which made a damaged PDF look like a scan without a text layer."""
    for number, page in enumerate(reader.pages[:200], 1):
        try:
            contents = page.get("/Contents")
            streams = contents.get_object() if contents is not None else []
            for stream in streams if isinstance(streams, list) else [streams]:
                stream.get_object().get_data()
        except Exception:  # noqa: BLE001 - see PARSER_FAILURES
            return number
    return None


# --------------------------------------------------------------------------- zip-based: DOCX and EPUB
def damaged(name: str, what: str, error: BaseException) -> ImportFailed:
    """The one message for a file that cannot be parsed: "<name>: the PDF is damaged or not a PDF (...)"."""
    return ImportFailed(f"{name}: {what} ({_short_reason(error)}).")


_DOCX_DAMAGED = "the Word document is damaged or not a .docx file"
_EPUB_DAMAGED = "the e-book is damaged or not an EPUB file"
_PDF_DAMAGED = "the PDF is damaged or not a PDF"


def check_archive(data: bytes, name: str, damaged_message: str) -> None:
    """Refuse archives that are not zips, are damaged, or expand far beyond their size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise damaged(name, damaged_message, error) from error
    unpacked = sum(m.file_size for m in members)
    ratio = unpacked / max(1, len(data))
    if len(members) > MAX_MEMBERS:
        raise ImportFailed(f"{name}: the file holds {len(members):,} parts (the limit is {MAX_MEMBERS:,}), "
                           "so it was not opened.")
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > _MB and ratio > MAX_RATIO):
        raise ImportFailed(
            f"{name}: the file would expand to {unpacked / _MB:,.0f} MB, {ratio:,.0f} times its size (the limits "
            f"are {MAX_UNPACKED_BYTES // _MB} MB and {MAX_RATIO} times), so it was not opened: it may be a zip bomb.")


def read_docx(data: bytes, name: str) -> RawDocument:
    check_archive(data, name, _DOCX_DAMAGED)
    import docx

    try:
        # python-docx opens the zip itself: give it a copy whose every member was read within the budget.
        document = docx.Document(io.BytesIO(inflated_copy(data, name)))
        paragraphs = [p.text for p in document.paragraphs]
        properties = document.core_properties
        title, created = properties.title, properties.created
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - see PARSER_FAILURES
        raise damaged(name, _DOCX_DAMAGED, error) from error
    text = "\n".join(paragraphs)
    if len(text) > MAX_TEXT_CHARS:
        raise too_long(name, len(text))
    return RawDocument(text=text, title=good_title(title), published=parse_date(created), lines_are_paragraphs=True,
                       weak_date=True)


def html_to_lines(html: bytes | str) -> str:
    """The text of an HTML fragment with one line per block element (for e-book chapters)."""
    import lxml.html

    root = lxml.html.fromstring(html)
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//h1|//h2|//h3|//h4|//h5|//h6|//li|//br|//blockquote|//tr"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()


_CONTAINER_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}
_OPF_NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
_CHAPTER_TYPES = ("application/xhtml+xml", "text/html")


def epub_chapters(archive: "BoundedZip") -> tuple[list[bytes], str, str]:
    """The chapters of an EPUB in reading order (the OPF's spine), with its DC title and date.

    META-INF/container.xml names the package document (OPF); its manifest maps ids to files, its
    spine lists the ids in reading order. Navigation files and images are not in the spine or not
    XHTML, and so are left out.
    """
    from posixpath import dirname, join, normpath
    from urllib.parse import unquote

    from lxml import etree

    # resolve_entities=False and no_network: an e-book is untrusted input (no XXE, no fetching).
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    container = etree.fromstring(archive.read("META-INF/container.xml"), parser)
    opf_path = container.xpath("string(//c:rootfile/@full-path)", namespaces=_CONTAINER_NS)
    if not opf_path:
        raise ValueError("no package document in META-INF/container.xml")
    opf = etree.fromstring(archive.read(opf_path), parser)
    base = dirname(opf_path)
    manifest = {item.get("id"): item for item in opf.xpath("//opf:manifest/opf:item", namespaces=_OPF_NS)}
    chapters = []
    for ref in opf.xpath("//opf:spine/opf:itemref/@idref", namespaces=_OPF_NS):
        item = manifest.get(ref)
        if item is None or item.get("media-type") not in _CHAPTER_TYPES:
            continue
        chapters.append(archive.read(normpath(join(base, unquote(item.get("href", ""))))))
    title = opf.xpath("string(//dc:title[1])", namespaces=_OPF_NS)
    when = opf.xpath("string(//dc:date[1])", namespaces=_OPF_NS)
    return chapters, title, when


def read_epub(data: bytes, name: str) -> RawDocument:
    check_archive(data, name, _EPUB_DAMAGED)
    try:
        with BoundedZip(data, name) as archive:
            contents, title, when = epub_chapters(archive)
        chapters = [html_to_lines(content) for content in contents if content.strip()]
    except ImportFailed:
        raise
    except Exception as error:  # noqa: BLE001 - see PARSER_FAILURES
        raise damaged(name, _EPUB_DAMAGED, error) from error
    text = "\n\n".join(chapters)
    if len(text) > MAX_TEXT_CHARS:
        raise too_long(name, len(text))
    return RawDocument(text=text, title=good_title(title), published=parse_date(when or None),
                       lines_are_paragraphs=True)


# --------------------------------------------------------------------------- URL
def http_client_errors() -> type:
    import http.client

    return http.client.HTTPException


@functools.cache
def tls_context() -> ssl.SSLContext:
    """Certificates checked against the operating system's store (truststore), not Python's own:
    school and company networks that inspect TLS install their certificate there, and pages behind
    them would otherwise fail with "certificate verify failed" (Anki and pip do the same)."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class _Download:
    """One page downloaded on a thread of its own, so that the import can stop waiting at once: a
    server sending a byte every few seconds never trips the per-read timeout, and Cancel must not
    wait for it. Stopping closes the connection's socket, which ends a read blocked in the thread."""

    def __init__(self, request, opener_for):
        self.connections: list = []
        self.opener = opener_for(self.connections)
        self.request = request
        self.done = threading.Event()
        self.stopped = False
        self.result: tuple[bytes, str, str] | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self.opener.open(self.request, timeout=FETCH_TIMEOUT_S) as response:
                pieces, size = [], 0
                read = getattr(response, "read1", response.read)  # returns what arrived, not a full buffer
                while size <= MAX_FILE_BYTES and not self.stopped:
                    piece = read(64 * 1024)
                    if not piece:
                        break
                    pieces.append(piece)
                    size += len(piece)
                self.result = (b"".join(pieces), response.headers.get_content_type(), response.geturl())
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread
            self.error = error
        finally:
            self.done.set()

    def stop(self) -> None:
        self.stopped = True
        for connection in self.connections:
            sock = getattr(connection, "sock", None)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


def _tracking_opener(connections: list):
    """A urllib opener (redirects, proxies, TLS against the system store) that records each
    connection it makes, so that a download can be stopped from another thread."""
    import http.client
    import urllib.request

    def tracked(connection_class):
        def make(host, **kwargs):
            connection = connection_class(host, **kwargs)
            connections.append(connection)
            return connection
        return make

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(tracked(http.client.HTTPConnection), req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(tracked(http.client.HTTPSConnection), req, context=self._context)

    return urllib.request.build_opener(Http(), Https(context=tls_context()))


def fetch_url(url: str, *, is_cancelled: Callable[[], bool] | None = None,
              deadline_s: float = FETCH_DEADLINE_S) -> tuple[RawDocument, str]:
    """The page at ``url`` (HTML, plain text or PDF) and the address it ended at after redirects.

    Each read waits at most ``FETCH_TIMEOUT_S``, and the whole download at most ``deadline_s``;
    ``is_cancelled`` is checked ten times a second and stops the download at once."""
    import urllib.error
    import urllib.request
    from urllib.parse import urlsplit

    from studyapp.core.errors import Cancelled

    host = urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers={"User-Agent": "StudyApp article import",
                                                   "Accept": "text/html,text/plain,application/pdf;q=0.9,*/*;q=0.5"})
    download = _Download(request, _tracking_opener)
    threading.Thread(target=download.run, name="url-import", daemon=True).start()
    deadline = time.monotonic() + deadline_s
    while not download.done.wait(0.1):
        if is_cancelled is not None and is_cancelled():
            download.stop()
            raise Cancelled(f"{url}: cancelled while downloading.")
        if time.monotonic() > deadline:
            download.stop()
            raise ImportFailed(f"{url}: {host} is too slow: the page was not complete after {deadline_s:.0f} s; "
                               "try again later, or save the page and import the file.")
    try:
        if download.error is not None:
            raise download.error
        data, content_type, final_url = download.result
    except urllib.error.HTTPError as error:
        raise ImportFailed(f"{url}: the server answered {error.code} {error.reason}.") from error
    except (urllib.error.URLError, OSError, ValueError, http_client_errors()) as error:
        reason = getattr(error, "reason", error)
        raise ImportFailed(f"{url}: cannot reach {host} ({_short_reason(reason)}); check the network "
                           "connection, or save the page and import the file.") from error
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(f"{url}: the page is too large (over {MAX_FILE_BYTES // _MB} MB).")
    if not data.strip():
        raise ImportFailed(f"{url}: the page is empty.")
    if content_type == "application/pdf":
        return read_pdf(data, url), final_url
    if content_type == "text/plain":
        return read_text(data, url), final_url
    if content_type in ("text/html", "application/xhtml+xml") or data.lstrip()[:1] == b"<":
        return read_html(data, url), final_url
    raise ImportFailed(f"{url}: the page is of type {content_type}, which cannot be imported as an article.")
