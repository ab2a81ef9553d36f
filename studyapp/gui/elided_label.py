"""A one-line label for titles and paths of any length: it shortens its text with "…" to the room it
gets (the full text in its tooltip) and asks for little width, so that a long title can never widen
the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# Enough room for a few words before eliding starts; the layout gives more when there is more.
MIN_CHARS = 8


class ElidedLabel(QLabel):
    """``text()`` stays the full text; only the painting is shortened."""

    elides_on_purpose = True  # read by the layout check: a shortened text here is not a clipped label

    def __init__(self, text: str = "", parent: QWidget | None = None, mode: "Qt.TextElideMode | None" = None):
        """``mode``: where the "…" goes (default Qt.TextElideMode.ElideRight)."""
        super().__init__(parent)
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Qt.TextFormat.PlainText by its number: the main window's status line is one of these, and
        # the ``Qt`` namespace costs PySide6 its 93 enums the first time it is touched, which must
        # not happen before the first frame (main_window.py).
        self.setProperty("textFormat", 0)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tooltip()

    def full_text(self) -> str:
        return self.text()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _update_tooltip(self) -> None:
        # The tooltip carries the full text only when the label cannot show it all.
        self.setToolTip(self.text() if self.is_elided() else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance("x" * MIN_CHARS) + margins.left() + margins.right()
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.is_elided():
            super().paintEvent(event)  # QLabel's own painting, and no enum of the ``Qt`` namespace
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOptionFrame

        painter = QPainter(self)
        option = QStyleOptionFrame()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        rect = self.contentsRect()
        mode = Qt.TextElideMode.ElideRight if self._mode is None else self._mode
        shown = self.fontMetrics().elidedText(self.text(), mode, rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(),
                                  shown, self.foregroundRole())
