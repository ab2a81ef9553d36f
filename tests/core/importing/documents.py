"""Documents of every supported format, made by the tests themselves (no binary fixtures)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime


def pdf_bytes(paragraphs: list[str], title: str = "") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    if title:
        pdf.set_title(title)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    return bytes(pdf.output())


def scanned_pdf_bytes() -> bytes:
    """A PDF whose pages are drawings only, like a scan without text recognition."""
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.rect(20, 20, 150, 200, style="F")
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str], title: str = "", created: datetime | None = None) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title
    if created:
        document.core_properties.created = created
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def epub_bytes(chapters: list[list[str]], title: str = "", when: str = "") -> bytes:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("test-book")
    book.set_title(title)
    book.set_language("en")
    if when:
        book.add_metadata("DC", "date", when)
    items = []
    for number, paragraphs in enumerate(chapters, start=1):
        chapter = epub.EpubHtml(title=f"Chapter {number}", file_name=f"ch{number}.xhtml", lang="en")
        chapter.content = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
        book.add_item(chapter)
        items.append(chapter)
    book.toc = items
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = items
    out = io.BytesIO()
    epub.write_epub(out, book)
    return out.getvalue()


def zip_bomb_bytes(member: str, unpacked_mb: int) -> bytes:
    """A small zip whose one member inflates to ``unpacked_mb`` megabytes of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open(member, "w", force_zip64=True) as stream:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked_mb):
                stream.write(chunk)
    return out.getvalue()
