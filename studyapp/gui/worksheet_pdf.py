"""Paper: a printable worksheet and a separate answer key, drawn by QTextDocument into a PDF
(QPdfWriter) or onto a printer. Nothing here touches a widget, so it can run in a worker thread.

Multiple-choice options are shuffled once per question (``ExchangeItem.shown_choices``), so the
letters of the key always match the worksheet.
"""

from __future__ import annotations

import html
import os
import string
import sys

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPagedPaintDevice,
                           QPainter, QPdfWriter, QTextDocument)

from studyapp.core.errors import InvalidInput
from studyapp.core.exchange.items import MATCHING, ORDERING, TRUEFALSE, ExchangeItem, QuestionSet
from studyapp.core.atomic_file import write_all_atomically, write_atomically
from studyapp.core.exchange.manager import ExportFailed, ExportReport
from studyapp.gui.translation import translate

LETTERS = string.ascii_uppercase
PDF_DPI = 300
BODY_PT = 11
FOOTER_PT = 8.5
BLOCK_GAP_INCH = 0.12
BLANK = "_" * 44
CSS = """
h1 { font-size: 18pt; margin-bottom: 2px; }
p.meta { color: #444; margin-top: 0; }
p.question { margin-top: 0; margin-bottom: 4px; }
p.option { margin-left: 26px; margin-top: 2px; margin-bottom: 2px; }
p.write { margin-left: 26px; margin-top: 12px; }
p.source { margin-left: 26px; margin-top: 2px; color: #555; font-size: 9pt; font-style: italic; }
td { padding: 3px 14px 3px 0; }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def default_key_path(out: str) -> str:
    """Where the answer key goes when nobody says: worksheet.pdf -> worksheet-key.pdf."""
    root, ext = os.path.splitext(out)
    return f"{root}-key{ext or '.pdf'}"


def worksheet_blocks(question_set: QuestionSet) -> list[str]:
    """The worksheet as HTML blocks: a heading, then one block per question (never split by a page)."""
    instructions = translate("Worksheet", "{n} questions. Circle the letter of the right choice, or write the answer.")
    name, date = esc(translate("Worksheet", "Name:")), esc(translate("Worksheet", "Date:"))
    blocks = [f"<h1>{esc(question_set.title)}</h1>"
              f"<p class=meta>{name} {'_' * 30}&nbsp;&nbsp;&nbsp;&nbsp;{date} {'_' * 16}</p>"
              f"<p class=meta>{esc(instructions.format(n=len(question_set.items)))}</p>"]
    for number, item in enumerate(question_set.items, 1):
        blocks.append(f"<p class=question><b>{number}.</b> {esc(item.prompt)}</p>" + "".join(_worksheet_body(item)))
    return blocks


def _worksheet_body(item: ExchangeItem) -> list[str]:
    if item.kind == TRUEFALSE:
        true, false = esc(translate("Worksheet", "True")), esc(translate("Worksheet", "False"))
        return [f"<p class=option>{true}&nbsp;&nbsp;&nbsp;/&nbsp;&nbsp;&nbsp;{false}</p>"]
    if item.kind == ORDERING:
        instruction = translate("Worksheet", "Number them from 1 (first) to {n}:").format(n=len(item.order))
        return ([f"<p class=option>{esc(instruction)}</p>"]
                + [f"<p class=option>____&nbsp;&nbsp;{esc(text)}</p>" for text in item.shown_order()])
    if item.kind == MATCHING:
        rows = []
        rights = item.shown_right_sides()
        for index, (left, _) in enumerate(item.pairs):
            right = f"{LETTERS[index]}. {esc(rights[index])}" if index < len(rights) else ""
            rows.append(f"<tr><td>____&nbsp;&nbsp;{esc(left)}</td><td>{right}</td></tr>")
        instruction = translate("Worksheet", "Write the letter of the match on each line:")
        return [f"<p class=option>{esc(instruction)}</p>",
                f"<table style='margin-left: 26px'>{''.join(rows)}</table>"]
    if item.choices:
        return [f"<p class=option>{LETTERS[i]}.&nbsp;&nbsp;{esc(choice)}</p>"
                for i, choice in enumerate(item.shown_choices())]
    answer = esc(translate("Worksheet", "Answer:"))
    return [f"<p class=write>{answer} {BLANK}</p>"]


def key_title(question_set: QuestionSet) -> str:
    return translate("Worksheet", "{title}: answer key").format(title=question_set.title)


def answer_key_blocks(question_set: QuestionSet) -> list[str]:
    blocks = [f"<h1>{esc(key_title(question_set))}</h1>"]
    for number, item in enumerate(question_set.items, 1):
        inline, lines = _key_answer(item)
        below = "".join(f"<p class=option>{line}</p>" for line in lines)
        source = f"<p class=source>{esc(item.source)}</p>" if item.source else ""
        blocks.append(f"<p class=question><b>{number}.</b> {inline}</p>{below}{source}")
    return blocks


def _key_answer(item: ExchangeItem) -> tuple[str, list[str]]:
    """The key of one question: a short answer on the number's line, or one line per item below it."""
    if item.kind == ORDERING:
        # in the worksheet's order, each item with the number the class should have written beside it
        lines = [f"{item.order.index(text) + 1}&nbsp;&nbsp;{esc(text)}" for text in item.shown_order()]
    elif item.kind == MATCHING:
        rights = item.shown_right_sides()
        lines = [f"{esc(left)} → {LETTERS[rights.index(right)]}. {esc(right)}"
                 for left, right in item.pairs]
    elif item.kind != TRUEFALSE and item.choices:
        return f"{LETTERS[item.shown_choices().index(item.answer)]}. {esc(item.answer)}", []
    else:
        accepted = translate("Worksheet", "also accepted: {answers}").format(answers=", ".join(item.accepted))
        also = f" <i>({esc(accepted)})</i>" if item.accepted else ""
        return esc(translate("Worksheet", item.answer) if item.kind == TRUEFALSE else item.answer) + also, []
    return "", lines


def _block_document(html_text: str, device: QPagedPaintDevice, width: float) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CSS)
    # Laid out for the device itself: fonts and CSS lengths are scaled to its resolution.
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(html_text)
    doc.setTextWidth(width)
    return doc


def paint_blocks(blocks: list[str], device: QPagedPaintDevice, footer: str) -> int:
    """Draw the blocks onto A4 pages of ``device`` (a PDF writer or a printer), moving a block that
    does not fit to the next page; each page gets a footer "title · page n of N". Returns the pages."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout.Unit.Millimeter)
    area = device.pageLayout().paintRectPixels(device.resolution())
    footer_font = QFont()
    footer_font.setPointSizeF(FOOTER_PT)
    footer_height = QFontMetricsF(footer_font, device).height() * 2
    usable = area.height() - footer_height
    gap = device.resolution() * BLOCK_GAP_INCH
    pages: list[list[tuple[float, QTextDocument]]] = [[]]
    y = 0.0
    for html_text in blocks:
        doc = _block_document(html_text, device, area.width())
        height = doc.size().height()
        if pages[-1] and y + height > usable:
            pages.append([])
            y = 0.0
        pages[-1].append((y, doc))
        y += height + gap
    painter = QPainter()
    if not painter.begin(device):
        raise ExportFailed(translate("Worksheet", "Cannot draw the pages (the printer or PDF file could not be opened)."))
    try:
        for number, placed in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            for top, doc in placed:
                painter.save()
                painter.translate(0, top)
                doc.drawContents(painter)
                painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            text = translate("Worksheet", "{title} · page {page} of {pages}").format(title=footer, page=number, pages=len(pages))
            painter.drawText(QRectF(0, area.height() - footer_height / 2, area.width(), footer_height / 2),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
    finally:
        painter.end()
    return len(pages)


def pdf_drawing(blocks: list[str], title: str):
    """A writer for ``write_all_atomically``: the blocks drawn as a PDF into the file it is given."""
    def draw(tmp) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("StudyApp")
        paint_blocks(blocks, writer, title)
        del writer  # the file is complete only once the writer is gone

    return draw


def incomplete_pdf(path) -> str | None:
    """Qt's PDF writer says nothing when the disk fills up: a complete PDF starts with %PDF- and ends
    with %%EOF (what is missing otherwise)."""
    with open(path, "rb") as handle:
        head = handle.read(5)
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 64))
        tail = handle.read()
    if head != b"%PDF-":
        return "no PDF was written" if size == 0 else "it does not start as a PDF"
    if b"%%EOF" not in tail:
        return f"it stops after {size:,} bytes"
    return None


def write_pdf(blocks: list[str], out: str, title: str) -> None:
    write_atomically(out, pdf_drawing(blocks, title), check=incomplete_pdf)


def write_worksheets(question_set: QuestionSet, out: str, key_out: str) -> ExportReport:
    """Write the worksheet to ``out`` and its answer key to ``key_out``: both, or neither (the older
    files of those names are then kept)."""
    if os.path.abspath(out) == os.path.abspath(key_out):
        raise InvalidInput(translate("Worksheet", "The worksheet and its answer key need two different file names."))
    write_all_atomically([(out, pdf_drawing(worksheet_blocks(question_set), question_set.title)),
                          (key_out, pdf_drawing(answer_key_blocks(question_set), key_title(question_set)))],
                         check=incomplete_pdf)
    return ExportReport(path=str(out), format="pdf", n_questions=len(question_set.items), extra_paths=[str(key_out)])


def ensure_gui_application() -> QGuiApplication:
    """Drawing text needs a QGuiApplication; the command line has none. Only a file is drawn, so the
    offscreen platform serves where no display exists. Keep the returned object alive while drawing."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0]])
    return app
