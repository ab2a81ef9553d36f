"""Layout checks on a live widget tree, as a person would see the window:

- visible sibling widgets do not overlap;
- no label or button shows less than its text (its size hint fits its geometry, a wrapping label
  is as tall as its text needs at its width), unless it shortens its text on purpose
  (``elides_on_purpose``, as ``ElidedLabel`` does);
- an item view's stretching column keeps room for a title;
- the window's frame stays within the screen's available geometry.

Used by ``layout_session.py`` in a real window (Xvfb and a window manager) and by unit tests.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QComboBox, QHeaderView, QLabel, QListView,
                               QMainWindow, QScrollArea, QSizeGrip, QSplitterHandle, QStackedWidget, QTableView,
                               QWidget)

TOLERANCE = 1  # pixels: rounding at fractional font sizes
MIN_STRETCH_CHARS = 12  # a stretching title column shows at least this many characters


@dataclass
class Problem:
    kind: str  # overlap, clipped, narrow-column, off-screen, sideways, growth
    where: str
    detail: str

    def as_dict(self) -> dict:
        return asdict(self)


def describe(widget: QWidget) -> str:
    """A path a person can find: class names and object names or texts from the window down."""
    parts = []
    while widget is not None:
        label = type(widget).__name__
        name = widget.objectName() or widget.accessibleName()
        if not name and isinstance(widget, (QLabel, QAbstractButton)):
            name = widget.text()[:30]
        if name:
            label += f"[{name}]"
        parts.append(label)
        if widget.isWindow():
            break
        widget = widget.parentWidget()
    return " > ".join(reversed(parts))


def _shown_children(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.findChildren(QWidget, options=_direct())
            if child.isVisible() and not child.isWindow() and child.width() > 0 and child.height() > 0]


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _may_overlap(parent: QWidget, child: QWidget) -> bool:
    """Widgets Qt itself stacks on purpose."""
    if isinstance(parent, (QStackedWidget, QAbstractScrollArea, QComboBox)):
        return True  # a scroll area's viewport, bars and corner; a combo box's internal parts
    if isinstance(child, (QSplitterHandle, QSizeGrip)):
        return True
    return bool(child.property("overlay"))  # floating hints placed over content on purpose


def overlaps(window: QWidget) -> list[Problem]:
    problems = []
    stack = [window]
    while stack:
        parent = stack.pop()
        children = _shown_children(parent)
        stack.extend(children)
        candidates = [c for c in children if not _may_overlap(parent, c)]
        for i, first in enumerate(candidates):
            for second in candidates[i + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > TOLERANCE and common.height() > TOLERANCE:
                    problems.append(Problem("overlap", describe(first), f"overlaps {describe(second)} by "
                                            f"{common.width()}x{common.height()} px"))
    return problems


def _visible_everywhere(widget: QWidget) -> bool:
    """Shown and not scrolled or cut entirely out of its window."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def clipped(window: QWidget) -> list[Problem]:
    problems = []
    widgets = [window] + window.findChildren(QWidget)
    for widget in widgets:
        if widget.window() is not window or not _visible_everywhere(widget):
            continue
        if getattr(widget, "elides_on_purpose", False):
            continue
        if isinstance(widget, QLabel):
            problem = _clipped_label(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            problem = _clipped_box(widget, widget.sizeHint().width(), widget.minimumSizeHint().height())
        elif isinstance(widget, QTableView):
            problem = _narrow_stretch_column(widget)
        else:
            problem = None
        if problem:
            problems.append(problem)
    return problems


def _clipped_label(label: QLabel) -> Problem | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return Problem("clipped", describe(label), f"wrapped text needs {needed} px height, has {label.height()}")
        return None
    return _clipped_box(label, label.sizeHint().width(), label.sizeHint().height())


def _clipped_box(widget: QWidget, width: int, height: int) -> Problem | None:
    if width > widget.width() + TOLERANCE or height > widget.height() + TOLERANCE:
        return Problem("clipped", describe(widget), f"needs {width}x{height} px, has {widget.width()}x{widget.height()}")
    return None


def _narrow_stretch_column(table: QTableView) -> Problem | None:
    header = table.horizontalHeader()
    if header.isHidden() or table.model() is None or table.model().rowCount() == 0:
        return None
    needed = table.fontMetrics().horizontalAdvance("x" * MIN_STRETCH_CHARS)
    for section in range(header.count()):
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch and not header.isSectionHidden(section):
            if header.sectionSize(section) < needed:
                return Problem("narrow-column", describe(table), f"column {section} is {header.sectionSize(section)} px, "
                               f"less than {MIN_STRETCH_CHARS} characters ({needed} px)")
    return None


def off_screen(window: QWidget) -> list[Problem]:
    screen = window.screen()
    if screen is None:
        return []
    available: QRect = screen.availableGeometry()
    frame = window.frameGeometry()
    if not available.contains(frame):
        return [Problem("off-screen", describe(window), f"frame {frame.x()},{frame.y()} {frame.width()}x{frame.height()} "
                        f"outside the available {available.x()},{available.y()} {available.width()}x{available.height()}")]
    return []


def sideways(window: QWidget) -> list[Problem]:
    """A view wider than the window's room for it: its right part (buttons, columns) is only seen by
    scrolling sideways."""
    problems = []
    frames = window.findChildren(QScrollArea, "viewFrame")
    if isinstance(window, QScrollArea) and window.objectName() == "viewFrame":
        frames.append(window)
    for frame in frames:
        view = frame.widget()
        if frame.isVisible() and view is not None and view.width() > frame.viewport().width() + TOLERANCE:
            problems.append(Problem("sideways", describe(view), f"needs {view.width()} px, has "
                                    f"{frame.viewport().width()}: scrolls sideways"))
    for lst in window.findChildren(QListView):  # lists here never need scrolling sideways
        if lst.isVisible() and lst.horizontalScrollBar().isVisible():
            problems.append(Problem("sideways", describe(lst), "a list with a sideways scroll bar"))
    return problems


def check(window: QWidget) -> list[Problem]:
    return overlaps(window) + clipped(window) + off_screen(window) + sideways(window)


def growth(window: QMainWindow, before: tuple[int, int]) -> list[Problem]:
    width, height = window.width(), window.height()
    if width > before[0] or height > before[1]:
        return [Problem("growth", describe(window), f"grew from {before[0]}x{before[1]} to {width}x{height}")]
    return []
