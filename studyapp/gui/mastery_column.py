"""The library's "Mastery" column: per article, the share of its facts the current learner would
recall now (FSRS retrievability >= 0.9), drawn as a bar; sorting by it puts the weakest first."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from shiboken6 import isValid

from studyapp.gui.stats_charts import current_colors
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task

NO_FACTS = -1.0  # sort key of an article without facts to master: below 0%


class MasteryDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(130, super().sizeHint(option, index).height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        c = current_colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        text_width = option.fontMetrics.horizontalAdvance("100%") + 4  # room for the widest figure
        bar = QRectF(rect.left(), rect.center().y() - 4, max(10.0, rect.width() - text_width), 8)
        if value is not None and value >= 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c["alt"] if not option.state & QStyle.StateFlag.State_Selected else c["base"]))
            painter.drawRoundedRect(bar, 4, 4)
            painter.setBrush(QColor(c["good"]))
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * value / 100, bar.height()), 4, 4)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.setPen(QColor(c["accent_text"] if selected else c["text"]))
        painter.drawText(QRectF(bar.right(), rect.top(), text_width, rect.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         "–" if value is None or value < 0 else f"{value:.0f}%")
        painter.restore()


class MasteryColumn:
    """Adds the column to a library view and keeps its values for the current learner."""

    def __init__(self, view):
        self.view = view
        self.ctx = view.ctx
        self.values: dict[int, float] = {}
        model = view.model
        model.extra_columns.append((translate("LibraryView", "Mastery"), lambda summary: self.values.get(summary.id, NO_FACTS)))
        self.column = len(model.COLUMNS) + len(model.extra_columns) - 1
        self.delegate = MasteryDelegate(view.table)
        view.table.setItemDelegateForColumn(self.column, self.delegate)
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.column)
        self.ctx.learner_changed.connect(self._on_learner_changed)
        self._generation = 0

    def _on_learner_changed(self) -> None:
        if self.view.isVisible():
            self.load()

    def load(self) -> None:
        """Recompute the column off the GUI thread."""
        app, learner = self.ctx.app, self.ctx.learner
        if app is None or learner is None:
            return
        self._generation += 1
        generation = self._generation

        def done(mastery) -> None:
            if not isValid(self.view) or generation != self._generation:  # closed, or a newer load
                return
            self.values = {article_id: (m.mastery_pct if m.mastery_pct is not None else NO_FACTS)
                           for article_id, m in mastery.items()}
            model = self.view.model
            if model.rowCount():
                model.dataChanged.emit(model.index(0, self.column), model.index(model.rowCount() - 1, self.column))
            self.view.proxy.invalidate()

        def failed(_error: BaseException) -> None:
            # The column is secondary: the library's own load reports a database problem, once.
            if isValid(self.view) and generation == self._generation:
                self.values = {}

        run_task(self.ctx, lambda _t: app.stats.mastery(learner.id), on_done=done, on_error=failed)
