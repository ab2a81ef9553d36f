"""At least 30 malformed files, made by the tests, each with the fragment of the message a user gets.

The fragments are the stable parts of the importer's messages (studyapp/core/importing/readers.py and
extract.py), not whole sentences, so that rewording a message does not break the table.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))
from documents import docx_bytes, epub_bytes, pdf_bytes, scanned_pdf_bytes, zip_bomb_bytes  # noqa: E402

PARAGRAPHS = ["The Panama Canal opened in 1914 and links the Atlantic and Pacific oceans.",
              "About 14,000 ships pass through the canal every year."]
EMPTY = "the file is empty"
BINARY = "binary file, not text"
NO_TEXT = "there is no article text"
NO_PAGE_TEXT = "no article text was found in the page"
PDF_DAMAGED = "the PDF is damaged or not a PDF"
DOCX_DAMAGED = "the Word document is damaged or not a .docx file"
EPUB_DAMAGED = "the e-book is damaged or not an EPUB file"
ZIP_BOMB = "it may be a zip bomb"
TOO_LARGE = "the file is too large"
TOO_LONG = "the text is too long"
CANNOT_IMPORT = "cannot be imported (supported:"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _many_members() -> bytes:
    return _zip({f"word/part{i}.xml": b"" for i in range(10_001)})


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(PARAGRAPHS))).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _half(make: Callable[[], bytes]) -> Callable[[], bytes]:
    return lambda: (lambda data: data[: len(data) // 2])(make())


NOISE = bytes((i * 73 + 41) % 256 for i in range(20_000))  # every byte value, no text in it

# (file name, bytes maker, expected message fragment)
MALFORMED: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty.txt", lambda: b"", EMPTY),
    ("spaces.txt", lambda: b"   \n\t \r\n   \n", EMPTY),
    ("nul_bytes.txt", lambda: b"\0" * 4096, BINARY),
    ("noise.txt", lambda: NOISE, BINARY),
    ("photo_named.txt", lambda: b"\x89PNG\r\n\x1a\n" + NOISE, BINARY),
    ("text_with_nuls.txt", lambda: b"The canal opened.\0\0\0" * 200, BINARY),
    ("broken_utf16.txt", lambda: b"\xff\xfe" + "The canal".encode("utf-16-le") + b"\x00\xd8", "UTF-16"),
    ("punctuation.md", lambda: b"### \n---\n***\n> \n", NO_TEXT),
    ("empty.md", lambda: b"", EMPTY),
    ("empty.html", lambda: b"", EMPTY),
    ("script_only.html", lambda: b"<html><head><script>var x = 1;</script></head><body></body></html>", NO_PAGE_TEXT),
    ("nested.html", lambda: b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000, NO_PAGE_TEXT),
    ("noise.html", lambda: NOISE, BINARY),
    ("empty.pdf", lambda: b"", EMPTY),
    ("text_named.pdf", lambda: b"This is plain text, not a PDF at all.\n" * 20, PDF_DAMAGED),
    ("truncated.pdf", _half(lambda: pdf_bytes(PARAGRAPHS)), PDF_DAMAGED),
    ("scanned.pdf", scanned_pdf_bytes, "no text layer"),
    ("password.pdf", _encrypted_pdf, "password-protected"),
    ("docx_named.pdf", lambda: docx_bytes(PARAGRAPHS), PDF_DAMAGED),
    ("empty.docx", lambda: b"", EMPTY),
    ("text_named.docx", lambda: b"Plain text pretending to be Word.\n" * 20, DOCX_DAMAGED),
    ("truncated.docx", _half(lambda: docx_bytes(PARAGRAPHS)), DOCX_DAMAGED),
    ("pdf_named.docx", lambda: pdf_bytes(PARAGRAPHS), DOCX_DAMAGED),
    ("empty_zip.docx", lambda: _zip({}), DOCX_DAMAGED),
    ("zip_bomb.docx", lambda: zip_bomb_bytes("word/document.xml", 200), ZIP_BOMB),
    ("many_parts.docx", _many_members, "parts (the limit is 10,000)"),
    ("empty.epub", lambda: b"", EMPTY),
    ("text_named.epub", lambda: b"Plain text pretending to be an e-book.\n" * 20, EPUB_DAMAGED),
    ("truncated.epub", _half(lambda: epub_bytes([PARAGRAPHS], title="Canal")), EPUB_DAMAGED),
    ("zip_bomb.epub", lambda: zip_bomb_bytes("OEBPS/chapter.xhtml", 200), ZIP_BOMB),
    ("docx_named.epub", lambda: docx_bytes(PARAGRAPHS), EPUB_DAMAGED),
    ("old_word.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + NOISE, "save it as .docx"),
    ("letter.rtf", lambda: b"{\\rtf1\\ansi The canal opened in 1914.}", "save it as .docx or plain text"),
    ("program.exe", lambda: b"MZ" + NOISE, "files of type .exe " + CANNOT_IMPORT),
    ("README", lambda: b"The canal opened in 1914.", "this type (no extension) " + CANNOT_IMPORT),
    ("one_long_line.txt", lambda: b"canal " * 400_000, TOO_LONG),
    ("fifty_megabytes_one_line.txt", lambda: b"x" * (50 * 1024 * 1024 + 1), TOO_LARGE),
]
