"""Small widgets that keep the study view's layout inside the window: a button whose text wraps,
and the scaled fonts of the large type (long titles use ``studyapp.gui.elided_label``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLayout, QPushButton, QSizePolicy, QWidget

from studyapp.gui.elided_label import ElidedLabel  # noqa: F401 - the one elided label, used by the study parts


def scaled_font(factor: float, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(max(8.0, font.pointSizeF() * factor))
    font.setBold(bold)
    return font


def repolish(widget: QWidget, **properties: bool) -> None:
    """Set style-sheet properties and apply them now (Qt only reads them when the style is re-polished)."""
    changed = False
    for name, value in properties.items():
        if bool(widget.property(name)) != value:
            widget.setProperty(name, value)
            changed = True
    if changed:  # polishing against the application's style sheet costs time on every answer
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines instead of widening the window (a long choice)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        # The layout must not fix the button's minimum size from the label's one-line width:
        # the height follows the width instead (resizeEvent).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802
        self.label.setText(text)
        self._fit_height()

    def setFont(self, font: QFont) -> None:  # noqa: N802
        # The label keeps its own copy: re-polishing the button for a mark (good, bad) resets the
        # button's font to the style sheet's, and a copy taken then was the plain text size.
        super().setFont(font)
        self._base_font = QFont(font)
        self.set_bold(self.label.font().bold())

    def text(self) -> str:
        return self.label.text()

    def set_bold(self, bold: bool) -> None:
        font = QFont(getattr(self, "_base_font", None) or self.font())
        font.setBold(bold)
        self.label.setFont(font)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        wanted = self.heightForWidth(self.width())
        if self.minimumHeight() != wanted or self.maximumHeight() != wanted:
            self.setFixedHeight(wanted)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        margins = self.layout().contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        return max(48, self.label.heightForWidth(inner) + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802
        width = min(640, self.label.sizeHint().width() + 32)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 48)
