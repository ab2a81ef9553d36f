"""The charts of the statistics view: QtCharts bar and line charts coloured from the app's theme,
and a calendar heat map drawn by hand (QtCharts has none).

Each chart keeps the numbers it draws readable through ``data()``, so that tests assert on what is
on the screen rather than on the report behind it.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCharts import (QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QLineSeries,
                              QStackedBarSeries, QValueAxis)
from PySide6.QtCore import QDate, QLocale, QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
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


class Chart(QChartView):
    """A chart of one or more series over the same categories (days, weeks, or days ahead)."""

    def __init__(self, title: str, x_title: str, y_title: str, parent=None):
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 22, 4))  # room for the last date label, centred on the last bar
        chart.setBackgroundRoundness(8)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.x_title, self.y_title = x_title, y_title
        self.setAccessibleName(title)
        self._data: dict = {}

    def data(self) -> dict:
        """What the chart shows: {"labels": [...], series name: [values]} (None where nothing is drawn)."""
        return self._data

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # The chart theme first: setTheme() recolours every series, so ours are set after it.
        dark = theme.resolve(QApplication.instance().property("studyapp_theme") or theme.SYSTEM) == theme.DARK
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
        return chart

    def _style(self, chart: QChart, y_axis: QValueAxis, x_axis: QCategoryAxis) -> None:
        c = current_colors()
        chart.setBackgroundBrush(QColor(c["base"]))
        chart.setBackgroundPen(QPen(QColor(c["border"])))
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QColor(c["text"]))
        chart.legend().setLabelColor(QColor(c["text"]))
        for axis in (x_axis, y_axis):
            axis.setLabelsColor(QColor(c["muted"]))
            axis.setTitleBrush(QColor(c["muted"]))
            axis.setGridLineColor(QColor(c["border"]))
            axis.setLinePenColor(QColor(c["border"]))
        x_axis.setGridLineVisible(False)

    def show_bars(self, labels: list[str], sets: list[tuple[str, list[float], str]], stacked: bool = False,
                  whole: bool = True, labels_from_first: bool = False) -> None:
        """Bars per category; ``sets`` are (name, values, theme colour key)."""
        chart = self._reset()
        series = QStackedBarSeries() if stacked else QBarSeries()
        colors = current_colors()
        for name, values, color in sets:
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colors[color]))
            bar_set.setBorderColor(QColor(colors[color]))
            series.append(bar_set)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        top = max([sum(col) for col in zip(*(v for _, v, _ in sets))] if stacked
                  else [max(v, default=0) for _, v, _ in sets], default=0)
        x_axis, y_axis = self._axes(chart, labels, top, whole, labels_from_first=labels_from_first)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(len(sets) > 1)
        self._style(chart, y_axis, x_axis)
        self._data = {"labels": list(labels), **{name: list(values) for name, values, _ in sets}}

    def show_lines(self, labels: list[str], lines: list[tuple[str, list[float | None], str]],
                   y_max: float = 100.0) -> None:
        """Lines over categories; a None value leaves the point out (a day without reviews)."""
        chart = self._reset()
        x_axis, y_axis = self._axes(chart, labels, y_max, True, fixed_top=True)
        colors = current_colors()
        for name, values, color in lines:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            pen = QPen(QColor(colors[color]))
            pen.setWidth(2)
            series.setPen(pen)
            series.append([QPointF(i, v) for i, v in enumerate(values) if v is not None])
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(len(lines) > 1)
        self._style(chart, y_axis, x_axis)
        self._data = {"labels": list(labels), **{name: list(values) for name, values, _ in lines}}

    def _axes(self, chart: QChart, labels: list[str], top: float, whole: bool, fixed_top: bool = False,
              labels_from_first: bool = False):
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(-0.5, len(labels) - 0.5)
        for i in label_positions(len(labels), labels_from_first):
            x_axis.append(labels[i], i)
        x_axis.setTitleText(self.x_title)
        y_axis = QValueAxis()
        maximum, step = (top, top / 4) if fixed_top else nice_scale(top, whole)
        y_axis.setRange(0, maximum)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(step)
        y_axis.setLabelFormat("%d" if step >= 1 and float(step).is_integer() else "%.1f")
        y_axis.setTitleText(self.y_title)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        return x_axis, y_axis

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
                          translate("StatsView", "{day}: {n} reviews").format(day=text, n=count), self)
