"""How students join a class: the address, the code and a QR code of the address with the code,
as the teacher's window and the projector show them."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(translate("JoinPanel", "QR code of the join address"))
        layout.addWidget(self.qr)
        self.address = plain_label(translate("JoinPanel", "Open {url}").format(url=url))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(translate("JoinPanel", "Join address"))
        self.code = plain_label(translate("JoinPanel", "Code: {code}").format(code=code))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(translate("JoinPanel", "Join code"))
        for label in (self.address, self.code):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.set_scale(220, 14)

    def set_scale(self, qr_pixels: int, point_size: int) -> None:
        self.qr.setPixmap(QPixmap.fromImage(qr_image(self.join_url, qr_pixels)))
        font = QFont(self.font())
        font.setPointSize(point_size)
        self.address.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSize(int(point_size * 1.6))
        self.code.setFont(bold)
