"""How students join a class: the address, the code and a QR code of the address with the code,
as the teacher's window and the projector show them."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyapp.classroom_server.qr import qr_matrix
from studyapp.gui.translation import translate


def qr_image(text: str, size: int) -> QImage:
    """The QR code of ``text``, black on white (as phone cameras expect even in a dark theme)."""
    rows = qr_matrix(text)
    modules = len(rows)
    scale = max(1, size // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRect(x * scale, y * scale, scale, scale), QColor("black"))
    painter.end()
    return image


def plain_label(text: str = "") -> QLabel:
    """A label that shows text as text: a name or prompt holding HTML is never rendered."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class JoinPanel(QWidget):
    def __init__(self, url: str, code: str, join_url: str, parent=None):
        super().__init__(parent)
        self.join_url = join_url
        self.url = url
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(translate("JoinPanel", "QR code of the join address"))
        layout.addWidget(self.qr)
        # The address on a line of its own, never broken ("http://" above the rest is misread from
        # the back of the room); the words around it ("Open", in the reader's language) may wrap.
        before, _, after = translate("JoinPanel", "Open {url}").partition("{url}")
        self.address = plain_label(url)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(translate("JoinPanel", "Join address"))
        self.code = plain_label(translate("JoinPanel", "Code: {code}").format(code=code))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(translate("JoinPanel", "Join code"))
        self.words = [plain_label(text.strip()) for text in (before, after) if text.strip()]
        shown = ([self.words[0]] if before.strip() else []) + [self.address] \
            + ([self.words[-1]] if after.strip() else []) + [self.code]
        for label in shown:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(label is not self.address)
            layout.addWidget(label)
        layout.addStretch(1)  # the QR code, the address and the code together, not spread over the screen
        self.set_scale(220, 14)

    def set_scale(self, qr_pixels: int, point_size: int) -> None:
        """The QR code ``qr_pixels`` wide; the address and the code at ``point_size`` (the code larger)
        or smaller, as far as needed to fit on one line in the QR code's width: a wider panel takes
        the width the question's choices need on a 1366x768 projector."""
        self.qr.setPixmap(QPixmap.fromImage(qr_image(self.join_url, qr_pixels)))
        for label in (self.address, *self.words):
            label.setFont(_fitting(self.font(), self.url, point_size, qr_pixels))
        self.code.setFont(_fitting(self.font(), self.code.text(), int(point_size * 1.6), qr_pixels, bold=True))
        self.setMinimumWidth(max(qr_pixels, self.address.sizeHint().width(), self.code.sizeHint().width()))


def _fitting(base: QFont, text: str, point_size: int, width: int, bold: bool = False) -> QFont:
    """``base`` at ``point_size``, or the largest smaller size (not below 9 pt) at which ``text`` fits ``width``."""
    font = QFont(base)
    font.setBold(bold)
    for size in range(point_size, 8, -1):
        font.setPointSize(size)
        if QFontMetrics(font).horizontalAdvance(text) + 8 <= width:
            break
    return font
