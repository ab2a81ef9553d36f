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
    """An EPUB 3 as e-book software writes it: the package document in a subfolder, the manifest
    listing the chapters in the reverse of reading order (only the spine gives the order), and a
    navigation page outside the spine whose links must not become article text."""
    names = [f"ch{number}.xhtml" for number in range(1, len(chapters) + 1)]
    manifest = "".join(f'<item id="c{n}" href="text/{name}" media-type="application/xhtml+xml"/>'
                       for n, name in reversed(list(enumerate(names, start=1))))
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(1, len(names) + 1))
    opf = (f'''<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">test-book</dc:identifier>
<dc:title>{title}</dc:title><dc:language>en</dc:language>{f"<dc:date>{when}</dc:date>" if when else ""}</metadata>
<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>{manifest}</manifest>
<spine>{spine}</spine></package>''')
    container = ('''<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>''')
    xhtml = '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>{}</body></html>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/nav.xhtml", xhtml.format("<nav><ol><li>Table of contents</li></ol></nav>"))
        for name, paragraphs in zip(names, chapters):
            archive.writestr(f"OEBPS/text/{name}", xhtml.format("".join(f"<p>{p}</p>" for p in paragraphs)))
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
