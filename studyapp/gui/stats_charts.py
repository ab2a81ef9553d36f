"""The charts of the statistics view, drawn with QPainter in the app's theme colours: bar and line
charts over days or weeks, and a calendar heat map. (QtCharts, deprecated by Qt, would pull in
PySide6-Addons, 400 MB, for these two kinds of chart.)

Each chart keeps the numbers it draws readable through ``data()``, so that tests assert on what is
on the screen rather than on the report behind it.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from studyapp.gui import theme
from studyapp.gui.translation import translate

MAX_LABELS = 6  # date labels under a chart: more would not fit beside each other


def current_colors() -> dict[str, str]:
    app = QApplication.instance()
    return theme.colors((app.property("studyapp_theme") if app else None) or theme.SYSTEM)


def short_date(day: date) -> str:
    # the pattern is translated: the order of day and month differs by language ("12 Nov", "11/12")
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              translate("StatsView", "d MMM", "date pattern of the chart labels (Qt's QDate format)"))


def label_positions(count: int, from_first: bool = False) -> list[int]:
    """The categories that get a label: every k-th, counted from the first (a forecast starting
    today) or back from the last (a history ending today)."""
    step = max(1, math.ceil(count / MAX_LABELS))
    return [i for i in range(count) if (i if from_first else count - 1 - i) % step == 0]


def nice_scale(top: float, whole: bool) -> tuple[float, float]:
    """(axis maximum, tick step) with at most five steps of 1, 2 or 5 times a power of ten;
    whole numbers only when ``whole`` (counts never get a tick at 0.5)."""
    top = max(top, 1.0 if whole else 0.1)
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if whole:
        step = max(1.0, step)
    return math.ceil(top / step - 1e-9) * step, step


class Chart(QWidget):
    """A chart of one or more series over the same categories (days, weeks, or days ahead), drawn
    with QPainter: bars (stacked or side by side) or lines, a value axis with a few round ticks,
    every k-th category named, a legend when there is more than one series, and a tooltip with the
    numbers of the category under the mouse."""

    PAD = 10

    def __init__(self, title: str, x_title: str, y_title: str, parent=None):
        super().__init__(parent)
        self.title, self.x_title, self.y_title = title, x_title, y_title
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self.setAccessibleName(title)
        self._data: dict = {}
        self._labels: list[str] = []
        self._series: list[tuple[str, list[float | None], str]] = []
        self._kind, self._stacked = "bars", False
        self._labels_from_first = False
        self._top, self._step = 1.0, 1.0

    def data(self) -> dict:
        """What the chart shows: {"labels": [...], series name: [values]} (None where nothing is drawn)."""
        return self._data

    def _show(self, kind: str, labels: list[str], series: list, top: float, step: float, stacked: bool = False,
              labels_from_first: bool = False) -> None:
        self._kind, self._stacked, self._labels_from_first = kind, stacked, labels_from_first
        self._labels, self._series = list(labels), [(name, list(values), color) for name, values, color in series]
        self._top, self._step = top, step
        self._data = {"labels": list(labels), **{name: list(values) for name, values, _ in series}}
        self.update()

    def show_bars(self, labels: list[str], sets: list[tuple[str, list[float], str]], stacked: bool = False,
                  whole: bool = True, labels_from_first: bool = False) -> None:
        """Bars per category; ``sets`` are (name, values, theme colour key)."""
        top = max([sum(col) for col in zip(*(v for _, v, _ in sets))] if stacked
                  else [max(v, default=0) for _, v, _ in sets], default=0)
        self._show("bars", labels, sets, *nice_scale(top, whole), stacked=stacked,
                   labels_from_first=labels_from_first)

    def show_lines(self, labels: list[str], lines: list[tuple[str, list[float | None], str]],
                   y_max: float = 100.0) -> None:
        """Lines over categories; a None value leaves the point out (a day without reviews)."""
        self._show("lines", labels, lines, y_max, y_max / 4)

    # ------------------------------------------------------------------ geometry
    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        bold = QFont(self.font())
        bold.setBold(True)
        return small, bold

    def _tick_text(self, value: float) -> str:
        whole = self._step >= 1 and float(self._step).is_integer()
        return QLocale().toString(int(round(value))) if whole else QLocale().toString(float(value), "f", 1)

    def _plot_rect(self) -> QRectF:
        """Where the bars and lines go: inside the title, the axes' labels and the legend."""
        small, bold = self._fonts()
        line, title_line = QFontMetrics(small).height(), QFontMetrics(bold).height()
        ticks = [self._tick_text(i * self._step) for i in range(int(round(self._top / self._step)) + 1)]
        label_width = max((QFontMetrics(small).horizontalAdvance(t) for t in ticks), default=0)
        left = self.PAD + line + 4 + label_width + 6  # rotated y title, tick labels, gap
        top = self.PAD + title_line + 8
        bottom = self.PAD + line + 4 + line + 4 + (line + 6 if len(self._series) > 1 else 0)
        return QRectF(left, top, max(10.0, self.width() - left - self.PAD - 12), max(10.0, self.height() - top - bottom))

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * min(value, self._top) / self._top

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self._labels))

    def category_at(self, x: float, y: float) -> int | None:
        plot = self._plot_rect()
        if not self._labels or not (plot.left() <= x < plot.right() and plot.top() <= y <= plot.bottom()):
            return None
        return min(len(self._labels) - 1, int((x - plot.left()) // self._slot(plot)))

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, _event) -> None:
        c = current_colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(c["border"])))
        painter.setBrush(QColor(c["base"]))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        small, bold = self._fonts()
        painter.setFont(bold)
        painter.setPen(QColor(c["text"]))
        painter.drawText(QRectF(0, self.PAD, self.width(), QFontMetrics(bold).height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.title)
        plot = self._plot_rect()
        painter.setFont(small)
        self._draw_axes(painter, plot, c)
        if self._labels:
            (self._draw_bars if self._kind == "bars" else self._draw_lines)(painter, plot, c)
        if len(self._series) > 1:
            self._draw_legend(painter, c)
        painter.end()

    def _draw_axes(self, painter: QPainter, plot: QRectF, c: dict[str, str]) -> None:
        line = painter.fontMetrics().height()
        muted, grid = QColor(c["muted"]), QColor(c["border"])
        for i in range(int(round(self._top / self._step)) + 1):
            y = self._y(plot, i * self._step)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(plot.left() - 106, y - line / 2, 100, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._tick_text(i * self._step))
        slot = self._slot(plot)
        for i in label_positions(len(self._labels), self._labels_from_first):
            x = plot.left() + (i + 0.5) * slot
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            painter.setPen(muted)
            painter.drawText(QRectF(x - 50, plot.bottom() + 4, 100, line), Qt.AlignmentFlag.AlignHCenter, self._labels[i])
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4 + line + 2, plot.width(), line),
                         Qt.AlignmentFlag.AlignHCenter, self.x_title)
        painter.save()  # the value axis' title reads bottom to top, beside the axis
        painter.translate(self.PAD, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt.AlignmentFlag.AlignHCenter, self.y_title)
        painter.restore()

    def _draw_bars(self, painter: QPainter, plot: QRectF, c: dict[str, str]) -> None:
        slot = self._slot(plot)
        width = slot * 0.8
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(len(self._labels)):
            base = 0.0
            for n, (_name, values, color) in enumerate(self._series):
                value = values[i] or 0
                if self._stacked:
                    x, w, low, base = plot.left() + i * slot + (slot - width) / 2, width, base, base + value
                else:
                    w = width / len(self._series)
                    x, low = plot.left() + i * slot + (slot - width) / 2 + n * w, 0.0
                if value <= 0:
                    continue
                painter.setBrush(QColor(c[color]))
                painter.drawRect(QRectF(x, self._y(plot, low + value), w, self._y(plot, low) - self._y(plot, low + value)))

    def _draw_lines(self, painter: QPainter, plot: QRectF, c: dict[str, str]) -> None:
        slot = self._slot(plot)
        for _name, values, color in self._series:
            points = [QPointF(plot.left() + (i + 0.5) * slot, self._y(plot, v)) for i, v in enumerate(values) if v is not None]
            painter.setPen(QPen(QColor(c[color]), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(points)
            painter.setBrush(QColor(c[color]))
            for point in points:
                painter.drawEllipse(point, 3, 3)

    def _draw_legend(self, painter: QPainter, c: dict[str, str]) -> None:
        metrics = painter.fontMetrics()
        box = metrics.height() * 0.7
        widths = [box + 4 + metrics.horizontalAdvance(name) for name, _, _ in self._series]
        x = (self.width() - sum(widths) - 16 * (len(widths) - 1)) / 2
        y = self.height() - self.PAD - metrics.height()
        for (name, _values, color), width in zip(self._series, widths):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c[color]))
            painter.drawRoundedRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), 2, 2)
            painter.setPen(QColor(c["text"]))
            painter.drawText(QRectF(x + box + 4, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, name)
            x += width + 16

    def tooltip_at(self, x: float, y: float) -> str:
        """The numbers of the category under (x, y), as its tooltip says them; "" outside the bars."""
        i = self.category_at(x, y)
        if i is None:
            return ""
        numbers = ", ".join(f"{name} {self._tick_value(values[i])}" for name, values, _ in self._series
                            if values[i] is not None)
        return f"{self._labels[i]}: {numbers}" if numbers else self._labels[i]

    @staticmethod
    def _tick_value(value: float) -> str:
        return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)

    def mouseMoveEvent(self, event) -> None:
        text = self.tooltip_at(event.position().x(), event.position().y())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def sizeHint(self) -> QSize:
        return QSize(480, 280)


class HeatMap(QWidget):
    """A year of study days: one square per day, a column per week, darker for more reviews."""

    CELL, GAP, LEFT, TOP = 12, 3, 34, 20

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts: dict[date, int] = {}
        self.last_day = date.today()
        self.weeks = 53
        self.setMouseTracking(True)
        self.setAccessibleName(translate("StatsView", "Calendar of study days"))
        self.setMinimumHeight(self.TOP + 7 * (self.CELL + self.GAP) + 34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_counts(self, counts: dict[date, int], last_day: date) -> None:
        self.counts, self.last_day = dict(counts), last_day
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.LEFT + self.weeks * (self.CELL + self.GAP) + 10, self.minimumHeight())

    def first_day(self) -> date:
        """The Monday of the first column."""
        monday = self.last_day - timedelta(days=self.last_day.weekday())
        return monday - timedelta(weeks=self.weeks - 1)

    def level(self, count: int) -> int:
        """0 for no reviews, else 1-4 by share of the busiest day."""
        top = max(self.counts.values(), default=0)
        if count <= 0 or top <= 0:
            return 0
        return min(4, 1 + int(4 * count / (top + 1)))

    def _cell_rect(self, day: date) -> QRectF:
        index = (day - self.first_day()).days
        week, weekday = divmod(index, 7)
        step = self.CELL + self.GAP
        return QRectF(self.LEFT + week * step, self.TOP + weekday * step, self.CELL, self.CELL)

    def _colors(self) -> list[QColor]:
        c = current_colors()
        empty, full = QColor(c["alt"]), QColor(c["good"])
        return [empty] + [QColor.fromRgbF(empty.redF() + (full.redF() - empty.redF()) * k / 4,
                                          empty.greenF() + (full.greenF() - empty.greenF()) * k / 4,
                                          empty.blueF() + (full.blueF() - empty.blueF()) * k / 4) for k in range(1, 5)]

    def paintEvent(self, _event) -> None:
        c = current_colors()
        colors = self._colors()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(c["muted"]))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        locale = QLocale()
        step = self.CELL + self.GAP
        for weekday in (0, 2, 4):
            painter.drawText(QRectF(0, self.TOP + weekday * step - 2, self.LEFT - 4, self.CELL + 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
        first = self.first_day()
        # A month is named above its first Monday; the first column gets the name of its month only
        # when the next name is far enough away not to overlap it.
        named = [week for week in range(self.weeks) if (first + timedelta(weeks=week)).day <= 7]
        if not named or named[0] >= 3:
            named.insert(0, 0)
        for week in named:
            if week < self.weeks - 2:
                month = (first + timedelta(weeks=week)).month
                painter.drawText(QRectF(self.LEFT + week * step, 0, 4 * step, self.TOP - 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                                 locale.monthName(month, QLocale.FormatType.ShortFormat))
        painter.setPen(Qt.PenStyle.NoPen)
        day = first
        while day <= self.last_day:
            painter.setBrush(colors[self.level(self.counts.get(day, 0))])
            painter.drawRoundedRect(self._cell_rect(day), 2, 2)
            day += timedelta(days=1)
        # Legend: less ... more
        y = self.TOP + 7 * step + 8
        x = self.LEFT
        painter.setPen(QColor(c["muted"]))
        less = translate("StatsView", "Less")
        painter.drawText(QRectF(x, y - 2, 60, self.CELL + 4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, less)
        x += painter.fontMetrics().horizontalAdvance(less) + 6
        painter.setPen(Qt.PenStyle.NoPen)
        for color in colors:
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, y, self.CELL, self.CELL), 2, 2)
            x += step
        painter.setPen(QColor(c["muted"]))
        painter.drawText(QRectF(x + 3, y - 2, 80, self.CELL + 4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         translate("StatsView", "More"))
        painter.end()

    def day_at(self, x: float, y: float) -> date | None:
        step = self.CELL + self.GAP
        week, weekday = int((x - self.LEFT) // step), int((y - self.TOP) // step)
        if x < self.LEFT or y < self.TOP or not (0 <= week < self.weeks and 0 <= weekday < 7):
            return None
        day = self.first_day() + timedelta(days=week * 7 + weekday)
        return day if day <= self.last_day else None

    def mouseMoveEvent(self, event) -> None:
        day = self.day_at(event.position().x(), event.position().y())
        if day is None:
            QToolTip.hideText()
            return
        count = self.counts.get(day, 0)
        text = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        QToolTip.showText(event.globalPosition().toPoint(),
                          translate("StatsView", "{day}: %n review(s)", None, count).format(day=text), self)
